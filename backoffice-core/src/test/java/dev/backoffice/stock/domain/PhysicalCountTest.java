package dev.backoffice.stock.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class PhysicalCountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TenantId ACME = TenantId.of("acme");

    private final StockLocation shelf = StockLocation.warehouseRoot(LocationId.of(UUID.randomUUID()), ACME,
            WarehouseId.of(UUID.randomUUID()), "MAIN", "Main", NOW);

    private static StockItem item(Tracking tracking) {
        return StockItem.create(ItemId.of(UUID.randomUUID()), ACME, "SKU", "Item", UnitOfMeasure.of("pc"), tracking,
                ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, false, NOW);
    }

    private PhysicalCount open() {
        return PhysicalCount.open(CountId.of(UUID.randomUUID()), shelf, " ", "alice", NOW, UUID::randomUUID);
    }

    @Test
    void aLaterRecordOfTheSameItemAndLotReplacesTheEarlierOne() {
        StockItem item = item(Tracking.LOT);
        PhysicalCount count = open();
        assertThat(count.reference()).isEmpty();
        assertThat(count.pullEvents()).singleElement().isInstanceOf(PhysicalCountOpened.class);

        count.record(item, "L-1", BigDecimal.TEN, AdjustmentReason.LOST);
        count.record(item, "L-2", BigDecimal.ONE, AdjustmentReason.FOUND);
        count.record(item, "L-1", new BigDecimal("9"), AdjustmentReason.DAMAGED);

        assertThat(count.lines()).extracting(CountLine::lot).containsExactly("L-2", "L-1");
        assertThat(count.lines().get(1).counted()).isEqualByComparingTo("9");
        assertThat(count.lines().get(1).reason()).isEqualTo(AdjustmentReason.DAMAGED);
        assertThat(count.lines().get(1).variance()).isNull();
    }

    @Test
    void refusesWhatCannotBeCounted() {
        PhysicalCount count = open();
        assertRefused("stock.count.negative_quantity", () -> count.record(item(Tracking.NONE), "", new BigDecimal("-1"),
                AdjustmentReason.LOST));
        assertRefused("stock.lot.not_allowed", () -> count.record(item(Tracking.NONE), "L", BigDecimal.ONE, AdjustmentReason.LOST));
        assertRefused("stock.lot.required", () -> count.record(item(Tracking.LOT), "", BigDecimal.ONE, AdjustmentReason.LOST));
        assertRefused("stock.serial.count_mismatch", () -> count.record(item(Tracking.SERIAL), "SN", new BigDecimal("2"),
                AdjustmentReason.LOST));
        assertRefused("stock.count.empty", count::requirePostable);
        StockLocation supplier = StockLocation.virtual(LocationId.of(UUID.randomUUID()), ACME, LocationType.SUPPLIER, NOW);
        assertRefused("stock.location.not_internal", () -> PhysicalCount.open(CountId.of(UUID.randomUUID()), supplier, null,
                "alice", NOW, UUID::randomUUID));
    }

    @Test
    void isPostedOrCancelledOnce() {
        StockItem item = item(Tracking.NONE);
        PhysicalCount count = open();
        count.record(item, "", BigDecimal.ONE, AdjustmentReason.FOUND);
        count.post(List.of(new CountLine(item.id(), "", "pc", BigDecimal.ONE, AdjustmentReason.FOUND, BigDecimal.ZERO, null)),
                NOW, UUID::randomUUID);

        assertThat(count.status()).isEqualTo(CountStatus.POSTED);
        assertThat(count.lines().get(0).variance()).isEqualByComparingTo("1");
        assertRefused("stock.count.not_open", () -> count.cancel(NOW));
        assertRefused("stock.count.not_open", count::requirePostable);
        assertRefused("stock.count.not_open", () -> count.record(item, "", BigDecimal.ONE, AdjustmentReason.FOUND));
    }
}
