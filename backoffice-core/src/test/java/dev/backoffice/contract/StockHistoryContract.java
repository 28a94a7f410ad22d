package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.spi.StockHistory;
import dev.backoffice.stock.spi.StockHistory.Holding;
import dev.backoffice.stock.spi.StockHistory.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The contract of {@link StockHistory}: sums and pages of the done moves in (done time, unsigned id) order. */
public abstract class StockHistoryContract extends StockAdapterContract {

    private static final Instant T1 = NOW.plusSeconds(60);
    private static final Instant T2 = NOW.plusSeconds(120);
    /** Ids whose order differs between signed and unsigned comparison: unsigned, low sorts before high. */
    private final UUID low = new UUID(0x0190aaaa00007000L, newId().getLeastSignificantBits());
    private final UUID high = new UUID(0xf190aaaa00007000L, low.getLeastSignificantBits());

    private StockLocation shelf;
    private StockLocation bin;
    private StockLocation supplier;
    private StockLocation customer;

    @BeforeEach
    void locations() {
        shelf = storedWarehouse(tenant, "MAIN");
        bin = storedLocation(shelf, "01");
        supplier = storedVirtual(tenant, LocationType.SUPPLIER);
        customer = storedVirtual(tenant, LocationType.CUSTOMER);
    }

    private StockHistory history() {
        return stockAdapters().stockHistory();
    }

    private StockMove done(UUID id, MoveKind kind, StockItem item, StockLocation from, StockLocation to, long pieces,
                           String lot, List<String> serials, Instant at) {
        StockMove move = StockMove.draft(MoveId.of(id), kind, item, from, to, Quantity.of(pieces, "pc"), lot, null,
                serials, null, null, null, "alice", NOW);
        move.complete(at, AdapterContract::newId);
        inTx(() -> stockAdapters().stockMoves().add(move));
        return move;
    }

    private StockMove draft(StockItem item, StockLocation to, long pieces) {
        StockMove move = StockMove.draft(MoveId.of(newId()), MoveKind.RECEIPT, item, supplier, to, Quantity.of(pieces, "pc"),
                null, null, List.of(), null, null, null, "alice", NOW);
        inTx(() -> stockAdapters().stockMoves().add(move));
        return move;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    @Test
    void sumsTheDoneMovesUpToAPositionPerLocationAndLot() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        done(high, MoveKind.RECEIPT, item, supplier, shelf, 10, null, List.of(), T1);
        done(low, MoveKind.TRANSFER, item, shelf, bin, 4, null, List.of(), T1);
        done(newId(), MoveKind.ISSUE, item, bin, customer, 4, null, List.of(), T2);
        draft(item, shelf, 100);

        assertThat(inTx(() -> history().onHand(tenant, item.id(), Position.endOf(NOW)))).isEmpty();
        assertThat(inTx(() -> history().onHand(tenant, item.id(), new Position(T1, low))))
                .extracting(Holding::location, Holding::lot, h -> h.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple(shelf.id(), StockQuant.NO_LOT, n(-4)), tuple(bin.id(), StockQuant.NO_LOT, n(4)));
        assertThat(inTx(() -> history().onHand(tenant, item.id(), Position.endOf(T1))))
                .extracting(Holding::location, h -> h.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple(supplier.id(), n(-10)), tuple(shelf.id(), n(6)), tuple(bin.id(), n(4)));
        // the bin is empty again: its row of zero is left out
        assertThat(inTx(() -> history().onHand(tenant, item.id(), Position.endOf(T2))))
                .extracting(Holding::location, h -> h.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple(supplier.id(), n(-10)), tuple(shelf.id(), n(6)), tuple(customer.id(), n(4)));
        assertThat(inTx(() -> history().onHand(otherTenant, item.id(), Position.endOf(T2)))).isEmpty();
    }

    @Test
    void keepsLotsAndSerialNumbersApart() {
        StockItem lots = storedItem(tenant, "LOTS", Tracking.LOT);
        StockItem serials = storedItem(tenant, "SERIALS", Tracking.SERIAL);
        done(newId(), MoveKind.RECEIPT, lots, supplier, shelf, 3, "L1", List.of(), T1);
        done(newId(), MoveKind.RECEIPT, lots, supplier, shelf, 5, "L2", List.of(), T1);
        done(newId(), MoveKind.RECEIPT, serials, supplier, shelf, 2, null, List.of("S1", "S2"), T1);
        done(newId(), MoveKind.TRANSFER, serials, shelf, bin, 1, null, List.of("S2"), T2);

        assertThat(inTx(() -> history().onHand(tenant, lots.id(), Position.endOf(T2))))
                .filteredOn(h -> h.location().equals(shelf.id()))
                .extracting(Holding::lot, h -> h.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple("L1", n(3)), tuple("L2", n(5)));
        assertThat(inTx(() -> history().onHand(tenant, serials.id(), Position.endOf(T2))))
                .filteredOn(h -> !h.location().equals(supplier.id()))
                .extracting(Holding::location, Holding::lot, h -> h.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple(shelf.id(), "S1", n(1)), tuple(bin.id(), "S2", n(1)));
        assertThat(inTx(() -> history().doneMoves(tenant, serials.id(), Set.of(), "S2", null, 10)))
                .hasSize(2);
        assertThat(inTx(() -> history().doneMoves(tenant, lots.id(), Set.of(), "L2", null, 10)))
                .extracting(StockMove::lot).containsExactly(java.util.Optional.of("L2"));
    }

    @Test
    void pagesTheDoneMovesInDoneTimeThenUnsignedIdOrder() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        StockMove third = done(newId(), MoveKind.ISSUE, item, shelf, customer, 1, null, List.of(), T2);
        StockMove second = done(high, MoveKind.RECEIPT, item, supplier, bin, 2, null, List.of(), T1);
        StockMove first = done(low, MoveKind.RECEIPT, item, supplier, shelf, 3, null, List.of(), T1);
        draft(item, shelf, 100);

        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(), null, null, 10)))
                .extracting(StockMove::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(), null, null, 2)))
                .extracting(StockMove::id).containsExactly(first.id(), second.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(), null, Position.of(first), 10)))
                .extracting(StockMove::id).containsExactly(second.id(), third.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(), null, Position.endOf(T1), 10)))
                .extracting(StockMove::id).containsExactly(third.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(shelf.id()), null, null, 10)))
                .extracting(StockMove::id).containsExactly(first.id(), third.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(bin.id(), customer.id()), null, null, 10)))
                .extracting(StockMove::id).containsExactly(second.id(), third.id());
        assertThat(inTx(() -> history().doneMoves(tenant, item.id(), Set.of(), null, null, 0))).isEmpty();
        assertThat(inTx(() -> history().doneMoves(otherTenant, item.id(), Set.of(), null, null, 10))).isEmpty();
        assertThat(new Position(T1, low)).isLessThan(new Position(T1, high)).isLessThan(Position.endOf(T1))
                .isLessThan(new Position(T2, low));
    }
}
