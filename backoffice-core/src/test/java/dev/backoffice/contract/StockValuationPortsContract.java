package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.stock.domain.CostLayer;
import dev.backoffice.stock.domain.ItemValuation;
import dev.backoffice.stock.domain.LayerUse;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PostingRole;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockValuationPolicy;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.ValueEntryKind;
import dev.backoffice.stock.domain.ValueLine;
import dev.backoffice.stock.spi.StockValuationAdapters;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The valuation ports: item valuations with their layers, value entries and valuation policies. */
public abstract class StockValuationPortsContract extends StockAdapterContract {

    protected StockValuationAdapters ports() {
        return stockAdapters().valuation().orElseThrow(() -> new AssertionError("the adapters provide no valuation ports"));
    }

    private ItemValuation valuedFifo(StockItem item, MoveId first, MoveId second) {
        ItemValuation valuation = ItemValuation.start(tenant, item.id(), EUR, ValuationMethod.FIFO);
        valuation.receive(first, new BigDecimal("10"), eur("50.00"), NOW);
        valuation.receive(second, new BigDecimal("10"), eur("60.00"), NOW.plusSeconds(1));
        valuation.issue(new BigDecimal("12.5"));
        return valuation;
    }

    @Test
    void aValuationIsStoredWithItsLayersAndVersioned() {
        StockItem item = storedItem(tenant, "NUT", Tracking.NONE);
        MoveId first = MoveId.of(newId());
        MoveId second = MoveId.of(newId());
        inTx(() -> ports().itemValuations().save(valuedFifo(item, first, second)));

        ItemValuation found = inTx(() -> ports().itemValuations().lockForUpdate(tenant, item.id())).orElseThrow();
        assertThat(found.version()).isZero();
        assertThat(found.currency()).isEqualTo(EUR);
        assertThat(found.method()).isEqualTo(ValuationMethod.FIFO);
        assertThat(found.quantity()).isEqualByComparingTo("7.5");
        assertThat(found.value()).isEqualTo(eur("45.00"));
        assertThat(found.lastUnitCost()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("6"));
        assertThat(found.layers()).singleElement().satisfies(layer -> {
            assertThat(layer.receipt()).isEqualTo(second);
            assertThat(layer.receivedAt()).isEqualTo(NOW.plusSeconds(1));
            assertThat(layer.received()).isEqualByComparingTo("10");
            assertThat(layer.remaining()).isEqualByComparingTo("7.5");
            assertThat(layer.value()).isEqualTo(eur("45.00"));
        });

        found.issue(new BigDecimal("7.5"));
        found.revalue(eur("1.00"));
        inTx(() -> ports().itemValuations().save(found));
        ItemValuation emptied = inTx(() -> ports().itemValuations().find(tenant, item.id())).orElseThrow();
        assertThat(emptied.version()).isEqualTo(1);
        assertThat(emptied.layers()).isEmpty();
        assertThat(emptied.standardCost()).contains(eur("1.00"));

        assertThatThrownBy(() -> inTx(() -> ports().itemValuations().save(found)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> inTx(() -> ports().itemValuations().save(valuedFifo(item, first, second))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aDeficitAndAPoolAreKept() {
        StockItem item = storedItem(tenant, "PIN", Tracking.NONE);
        ItemValuation valuation = ItemValuation.start(tenant, item.id(), EUR, ValuationMethod.MOVING_AVERAGE);
        valuation.receive(MoveId.of(newId()), new BigDecimal("3"), eur("10.00"), NOW);
        valuation.issue(new BigDecimal("5"));
        inTx(() -> ports().itemValuations().save(valuation));

        ItemValuation found = inTx(() -> ports().itemValuations().find(tenant, item.id())).orElseThrow();
        assertThat(found.layers()).isEmpty();
        assertThat(found.deficitQuantity()).isEqualByComparingTo("2");
        assertThat(found.deficitValue()).isEqualTo(valuation.deficitValue());
        assertThat(found.value()).isEqualTo(valuation.value());
    }

    @Test
    void valuationsBelongToTheirTenant() {
        StockItem mine = storedItem(tenant, "A", Tracking.NONE);
        StockItem theirs = storedItem(otherTenant, "B", Tracking.NONE);
        inTx(() -> ports().itemValuations().save(ItemValuation.start(tenant, mine.id(), EUR, ValuationMethod.FIFO)));
        inTx(() -> ports().itemValuations().save(ItemValuation.start(otherTenant, theirs.id(), EUR, ValuationMethod.FIFO)));

        assertThat(inTx(() -> ports().itemValuations().findAll(tenant))).extracting(ItemValuation::item)
                .containsExactly(mine.id());
        assertThat(inTx(() -> ports().itemValuations().find(otherTenant, mine.id()))).isEmpty();
        assertThat(inTx(() -> ports().itemValuations().lockForUpdate(otherTenant, mine.id()))).isEmpty();
    }

    private StockValueEntry entry(StockItem item, MoveId move, ValueEntryKind kind, String amount, long second) {
        Money value = eur(amount);
        List<ValueLine> lines = List.of(new ValueLine(PostingRole.INVENTORY, value),
                new ValueLine(kind == ValueEntryKind.LANDED_COST ? PostingRole.LANDED_COST_CLEARING
                        : PostingRole.RECEIVED_NOT_BILLED, value.negate()));
        List<LayerUse> layers = List.of(new LayerUse(move, NOW, new BigDecimal("4"), new BigDecimal("4"), value, false),
                new LayerUse(null, null, new BigDecimal("1.5"), new BigDecimal("-1.5"), eur("-1.00"), true));
        return new StockValueEntry(newId(), tenant, item.id(), move, kind, new BigDecimal("4"), value, lines, layers,
                kind == ValueEntryKind.LANDED_COST ? UUID.randomUUID() : null, NOW.plusSeconds(second),
                kind == ValueEntryKind.RECEIPT ? UUID.randomUUID() : null);
    }

    @Test
    void valueEntriesAreFoundByMoveAndByItemInOrder() {
        StockItem item = storedItem(tenant, "NUT", Tracking.NONE);
        MoveId receipt = MoveId.of(newId());
        StockValueEntry received = entry(item, receipt, ValueEntryKind.RECEIPT, "20.00", 0);
        StockValueEntry landed = entry(item, receipt, ValueEntryKind.LANDED_COST, "3.00", 1);
        inTx(() -> ports().stockValueEntries().add(received));
        inTx(() -> ports().stockValueEntries().add(landed));

        StockValueEntry found = inTx(() -> ports().stockValueEntries().findByMove(tenant, receipt)).orElseThrow();
        assertThat(found).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(received);
        assertThat(inTx(() -> ports().stockValueEntries().findByItem(tenant, item.id(), 10)))
                .extracting(StockValueEntry::id).containsExactly(received.id(), landed.id());
        assertThat(inTx(() -> ports().stockValueEntries().findByItem(tenant, item.id(), 1))).hasSize(1);
        assertThat(inTx(() -> ports().stockValueEntries().findByMove(otherTenant, receipt))).isEmpty();
        assertThat(inTx(() -> ports().stockValueEntries().findByItem(otherTenant, item.id(), 10))).isEmpty();
        assertThatThrownBy(() -> inTx(() -> ports().stockValueEntries().add(
                entry(item, receipt, ValueEntryKind.RECEIPT, "20.00", 2)))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPolicyIsReplacedWholeAndBelongsToItsTenant() {
        StockAccountSet accounts = new StockAccountSet(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID());
        inTx(() -> ports().stockValuationPolicies().save(new StockValuationPolicy(tenant, EUR, null)));
        assertThat(inTx(() -> ports().stockValuationPolicies().find(tenant)))
                .contains(new StockValuationPolicy(tenant, EUR, null));

        inTx(() -> ports().stockValuationPolicies().save(new StockValuationPolicy(tenant, EUR, accounts)));
        assertThat(inTx(() -> ports().stockValuationPolicies().find(tenant)))
                .contains(new StockValuationPolicy(tenant, EUR, accounts));
        assertThat(inTx(() -> ports().stockValuationPolicies().find(otherTenant))).isEmpty();
    }

    @Test
    void layersThatAreNotAllowedAreRefusedByTheDomain() {
        assertThatThrownBy(() -> new CostLayer(MoveId.of(newId()), NOW, BigDecimal.ONE, BigDecimal.TEN, eur("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostLayer(MoveId.of(newId()), NOW, BigDecimal.ONE, BigDecimal.ONE, eur("-1.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
