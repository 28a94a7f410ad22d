package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.MoveStatus;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.Tracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.stock.spi.StockMoves} and {@link dev.backoffice.stock.spi.StockLots}. */
public abstract class StockMovesContract extends StockAdapterContract {

    private StockLocation shelf;
    private StockLocation supplier;
    private StockLocation loss;

    @BeforeEach
    void locations() {
        shelf = storedWarehouse(tenant, "MAIN");
        supplier = storedVirtual(tenant, LocationType.SUPPLIER);
        loss = storedVirtual(tenant, LocationType.INVENTORY_LOSS);
    }

    private StockMove storedMove(StockItem item, String lot, List<String> serials) {
        StockMove move = StockMove.draft(MoveId.of(newId()), MoveKind.RECEIPT, item, supplier, shelf,
                Quantity.of(serials.isEmpty() ? 3 : serials.size(), "pc"), lot, lot == null ? null : LocalDate.of(2027, 1, 31),
                serials, null, "PO-1", null, "alice", NOW);
        inTx(() -> stockAdapters().stockMoves().add(move));
        return move;
    }

    @Test
    void storesAndFindsAMoveWithAllItsFields() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        StockMove move = StockMove.draft(MoveId.of(newId()), MoveKind.ADJUSTMENT, item, shelf, loss, Quantity.of(1, "box"),
                null, null, List.of(), AdjustmentReason.DAMAGED, "count 7", null, "alice", NOW);
        inTx(() -> stockAdapters().stockMoves().add(move));

        StockMove found = inTx(() -> stockAdapters().stockMoves().find(tenant, move.id())).orElseThrow();
        assertThat(found.kind()).isEqualTo(MoveKind.ADJUSTMENT);
        assertThat(found.item()).isEqualTo(item.id());
        assertThat(found.from()).isEqualTo(shelf.id());
        assertThat(found.to()).isEqualTo(loss.id());
        assertThat(found.quantity()).isEqualTo(Quantity.of(1, "box"));
        assertThat(found.baseQuantity()).isEqualTo(Quantity.of(12, "pc"));
        assertThat(found.reason()).contains(AdjustmentReason.DAMAGED);
        assertThat(found.reference()).contains("count 7");
        assertThat(found.status()).isEqualTo(MoveStatus.DRAFT);
        assertThat(found.createdBy()).isEqualTo("alice");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> stockAdapters().stockMoves().find(otherTenant, move.id()))).isEmpty();
    }

    @Test
    void keepsLotsSerialsAndTheLinkToAReversal() {
        StockItem lotItem = storedItem(tenant, "LOTS", Tracking.LOT);
        StockItem serialItem = storedItem(tenant, "SERIALS", Tracking.SERIAL);
        StockMove lotMove = storedMove(lotItem, "L-1", List.of());
        StockMove serialMove = storedMove(serialItem, null, List.of("S-1", "S-2"));

        StockMove done = inTx(() -> stockAdapters().stockMoves().find(tenant, lotMove.id())).orElseThrow();
        done.complete(NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().stockMoves().update(done));
        StockMove stored = inTx(() -> stockAdapters().stockMoves().find(tenant, lotMove.id())).orElseThrow();
        StockMove reversal = stored.reverse(MoveId.of(newId()), "bob", NOW, AdapterContract::newId);
        inTx(() -> {
            stockAdapters().stockMoves().update(stored);
            stockAdapters().stockMoves().add(reversal);
        });

        StockMove original = inTx(() -> stockAdapters().stockMoves().find(tenant, lotMove.id())).orElseThrow();
        assertThat(original.status()).isEqualTo(MoveStatus.DONE);
        assertThat(original.doneAt()).contains(NOW);
        assertThat(original.lot()).contains("L-1");
        assertThat(original.expiry()).contains(LocalDate.of(2027, 1, 31));
        assertThat(original.reversedBy()).contains(reversal.id());
        assertThat(inTx(() -> stockAdapters().stockMoves().find(tenant, reversal.id())).orElseThrow().reversalOf())
                .contains(lotMove.id());
        assertThat(inTx(() -> stockAdapters().stockMoves().find(tenant, serialMove.id())).orElseThrow().serials())
                .containsExactly("S-1", "S-2");
        assertThat(inTx(() -> stockAdapters().stockMoves().findByLot(tenant, serialItem.id(), "S-2")))
                .extracting(StockMove::id).containsExactly(serialMove.id());
        assertThat(inTx(() -> stockAdapters().stockMoves().findByLot(tenant, lotItem.id(), "L-1")))
                .extracting(StockMove::id).containsExactly(lotMove.id(), reversal.id());
    }

    @Test
    void refusesAStaleVersionSoADraftIsDoneOnce() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        StockMove move = storedMove(item, null, List.of());
        StockMove first = inTx(() -> stockAdapters().stockMoves().find(tenant, move.id())).orElseThrow();
        StockMove second = inTx(() -> stockAdapters().stockMoves().find(tenant, move.id())).orElseThrow();

        first.complete(NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().stockMoves().update(first));
        second.cancel(NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> stockAdapters().stockMoves().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> stockAdapters().stockMoves().find(tenant, move.id())).orElseThrow().status())
                .isEqualTo(MoveStatus.DONE);
    }

    @Test
    void listsTheMovesOfAnItemOldestFirst() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        StockItem other = storedItem(tenant, "OTHER", Tracking.NONE);
        StockMove first = storedMove(item, null, List.of());
        StockMove second = storedMove(item, null, List.of());
        storedMove(other, null, List.of());

        assertThat(inTx(() -> stockAdapters().stockMoves().findByItem(tenant, item.id(), 10)))
                .extracting(StockMove::id).containsExactly(first.id(), second.id());
        assertThat(inTx(() -> stockAdapters().stockMoves().findByItem(tenant, item.id(), 1))).hasSize(1);
        assertThat(inTx(() -> stockAdapters().stockMoves().findByItem(otherTenant, item.id(), 10))).isEmpty();
    }

    @Test
    void lotsAreUniquePerItemAndListedInTheOrderTheyCame() {
        StockItem item = storedItem(tenant, "LOTS", Tracking.LOT);
        StockLot early = new StockLot(item.id(), "L-2", LocalDate.of(2027, 1, 1), NOW);
        StockLot late = new StockLot(item.id(), "L-1", null, NOW.plusSeconds(5));
        inTx(() -> {
            stockAdapters().stockLots().add(tenant, late);
            stockAdapters().stockLots().add(tenant, early);
        });

        assertThat(inTx(() -> stockAdapters().stockLots().find(tenant, item.id(), "L-2"))).contains(early);
        assertThat(inTx(() -> stockAdapters().stockLots().find(otherTenant, item.id(), "L-2"))).isEmpty();
        assertThat(inTx(() -> stockAdapters().stockLots().findByItem(tenant, item.id()))).containsExactly(early, late);
        assertThat(inTx(() -> stockAdapters().stockLots().findAll(tenant, item.id(), List.of("L-1", "L-9"))))
                .containsOnlyKeys("L-1");
        assertThat(inTx(() -> stockAdapters().stockLots().lockForUpdate(tenant, item.id(), List.of("L-2", "L-9"))))
                .containsOnlyKeys("L-2");
        assertThat(inTx(() -> stockAdapters().stockLots().lockForUpdate(otherTenant, item.id(), List.of("L-2")))).isEmpty();
        assertThatThrownBy(() -> inTx(() -> stockAdapters().stockLots().add(tenant,
                new StockLot(item.id(), "L-1", null, NOW)))).isInstanceOf(RuntimeException.class);
    }
}
