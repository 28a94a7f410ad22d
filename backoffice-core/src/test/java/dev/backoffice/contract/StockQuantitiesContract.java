package dev.backoffice.contract;

import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.QuantityGuard;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link dev.backoffice.stock.spi.StockQuantities}: every change is applied only
 * when the row keeps its guard afterwards, atomically; a refused change leaves the row as it was.
 */
public abstract class StockQuantitiesContract extends StockAdapterContract {

    private final ItemId item = ItemId.of(newId());
    private final LocationId shelf = LocationId.of(newId());
    private final LocationId supplier = LocationId.of(newId());

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private boolean apply(TenantId owner, QuantityChange change) {
        return inTx(() -> stockAdapters().stockQuantities().apply(owner, change, NOW));
    }

    private StockQuant row(TenantId owner, LocationId location, String lot) {
        return inTx(() -> stockAdapters().stockQuantities().find(owner, item, location, lot)).orElseThrow();
    }

    private QuantityChange onHand(LocationId location, String lot, String delta, QuantityGuard guard) {
        return QuantityChange.onHand(item, location, lot, n(delta), guard);
    }

    @Test
    void createsARowOnTheFirstChangeAndAddsLaterOnes() {
        assertThat(apply(tenant, onHand(shelf, "", "10.5", QuantityGuard.AVAILABLE_NOT_NEGATIVE))).isTrue();
        assertThat(apply(tenant, onHand(supplier, "", "-10.5", QuantityGuard.NONE))).isTrue();
        Instant later = NOW.plusSeconds(60);
        assertThat(inTx(() -> stockAdapters().stockQuantities().apply(tenant,
                onHand(shelf, "", "2", QuantityGuard.AVAILABLE_NOT_NEGATIVE), later))).isTrue();

        StockQuant shelfRow = row(tenant, shelf, "");
        assertThat(shelfRow.onHand()).isEqualByComparingTo("12.5");
        assertThat(shelfRow.reserved()).isEqualByComparingTo("0");
        assertThat(shelfRow.receivedAt()).isEqualTo(NOW);
        assertThat(row(tenant, supplier, "").onHand()).isEqualByComparingTo("-10.5");
    }

    @Test
    void availableNeverGoesNegativeUnderTheAvailableGuard() {
        apply(tenant, onHand(shelf, "", "10", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        assertThat(apply(tenant, QuantityChange.reserved(item, shelf, "", n("4")))).isTrue();

        assertThat(apply(tenant, onHand(shelf, "", "-7", QuantityGuard.AVAILABLE_NOT_NEGATIVE))).isFalse();
        assertThat(apply(tenant, QuantityChange.reserved(item, shelf, "", n("6.000001")))).isFalse();
        assertThat(apply(tenant, QuantityChange.reserved(item, shelf, "", n("-5")))).isFalse();
        assertThat(row(tenant, shelf, "").onHand()).isEqualByComparingTo("10");
        assertThat(row(tenant, shelf, "").reserved()).isEqualByComparingTo("4");

        assertThat(apply(tenant, onHand(shelf, "", "-6", QuantityGuard.AVAILABLE_NOT_NEGATIVE))).isTrue();
        // consuming a reservation: on hand and reserved down together
        assertThat(apply(tenant, new QuantityChange(item, shelf, "", n("-4"), n("-4"), QuantityGuard.AVAILABLE_NOT_NEGATIVE))).isTrue();
        assertThat(row(tenant, shelf, "").onHand()).isEqualByComparingTo("0");
        assertThat(row(tenant, shelf, "").reserved()).isEqualByComparingTo("0");
    }

    @Test
    void aRowThatDoesNotExistCountsAsZero() {
        assertThat(apply(tenant, onHand(shelf, "L1", "-1", QuantityGuard.AVAILABLE_NOT_NEGATIVE))).isFalse();
        assertThat(apply(tenant, QuantityChange.reserved(item, shelf, "L1", n("1")))).isFalse();
        assertThat(inTx(() -> stockAdapters().stockQuantities().find(tenant, item, shelf, "L1"))).isEmpty();
        assertThat(apply(tenant, onHand(shelf, "L1", "-1", QuantityGuard.RESERVED_NOT_NEGATIVE))).isTrue();
        assertThat(row(tenant, shelf, "L1").onHand()).isEqualByComparingTo("-1");
    }

    @Test
    void theNegativeStockGuardLetsOnHandFallButNotReserved() {
        assertThat(apply(tenant, onHand(shelf, "", "-3", QuantityGuard.RESERVED_NOT_NEGATIVE))).isTrue();
        assertThat(apply(tenant, new QuantityChange(item, shelf, "", n("0"), n("-1"), QuantityGuard.RESERVED_NOT_NEGATIVE))).isFalse();
        assertThat(row(tenant, shelf, "").onHand()).isEqualByComparingTo("-3");
    }

    @Test
    void aRolledBackUnitOfWorkUndoesItsChanges() {
        apply(tenant, onHand(shelf, "", "5", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        assertThatThrownBy(() -> inTx(() -> {
            stockAdapters().stockQuantities().apply(tenant, onHand(shelf, "", "-5", QuantityGuard.AVAILABLE_NOT_NEGATIVE), NOW);
            stockAdapters().stockQuantities().apply(tenant, onHand(shelf, "L9", "5", QuantityGuard.AVAILABLE_NOT_NEGATIVE), NOW);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(row(tenant, shelf, "").onHand()).isEqualByComparingTo("5");
        assertThat(inTx(() -> stockAdapters().stockQuantities().find(tenant, item, shelf, "L9"))).isEmpty();
    }

    @Test
    void findsRowsOfAnItemAndOfALotWithinTheTenantOnly() {
        apply(tenant, onHand(shelf, "A", "1", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        apply(tenant, onHand(shelf, "B", "2", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        apply(tenant, onHand(supplier, "A", "-1", QuantityGuard.NONE));
        apply(otherTenant, onHand(shelf, "A", "7", QuantityGuard.AVAILABLE_NOT_NEGATIVE));

        assertThat(inTx(() -> stockAdapters().stockQuantities().findByItem(tenant, item))).hasSize(3)
                .allSatisfy(q -> assertThat(q.item()).isEqualTo(item));
        assertThat(inTx(() -> stockAdapters().stockQuantities().findByLot(tenant, item, "A")))
                .extracting(StockQuant::onHand).map(BigDecimal::intValue).containsExactlyInAnyOrder(1, -1);
        assertThat(inTx(() -> stockAdapters().stockQuantities().find(otherTenant, item, shelf, "A")))
                .map(StockQuant::onHand).map(BigDecimal::intValue).contains(7);
        assertThat(inTx(() -> stockAdapters().stockQuantities().findByItem(otherTenant, ItemId.of(newId())))).isEmpty();
    }

    @Test
    void listsTheRowsWithAReservedQuantity() {
        apply(tenant, onHand(shelf, "A", "5", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        apply(tenant, onHand(shelf, "B", "5", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        apply(tenant, QuantityChange.reserved(item, shelf, "B", n("2")));
        apply(otherTenant, onHand(shelf, "B", "5", QuantityGuard.AVAILABLE_NOT_NEGATIVE));
        apply(otherTenant, QuantityChange.reserved(item, shelf, "B", n("1")));

        assertThat(inTx(() -> stockAdapters().stockQuantities().findReserved(tenant))).singleElement()
                .satisfies(q -> {
                    assertThat(q.lot()).isEqualTo("B");
                    assertThat(q.reserved()).isEqualByComparingTo("2");
                });
    }
}
