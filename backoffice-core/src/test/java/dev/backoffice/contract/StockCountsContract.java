package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountLine;
import dev.backoffice.stock.domain.CountStatus;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PhysicalCount;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.Tracking;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.stock.spi.PhysicalCounts}. */
public abstract class StockCountsContract extends StockAdapterContract {

    private PhysicalCount stored(StockLocation location) {
        PhysicalCount count = PhysicalCount.open(CountId.of(newId()), location, "Q1 stocktake", "alice", NOW,
                AdapterContract::newId);
        inTx(() -> stockAdapters().physicalCounts().add(count));
        return count;
    }

    @Test
    void storesACountWithItsLinesAndFindsTheOpenCountOfALocation() {
        StockLocation shelf = storedWarehouse(tenant, "MAIN");
        StockItem item = storedItem(tenant, "SKU", Tracking.LOT);
        PhysicalCount count = stored(shelf);
        PhysicalCount loaded = inTx(() -> stockAdapters().physicalCounts().find(tenant, count.id())).orElseThrow();
        loaded.record(item, "L-1", new BigDecimal("7.5"), AdjustmentReason.DAMAGED);
        inTx(() -> stockAdapters().physicalCounts().update(loaded));

        PhysicalCount found = inTx(() -> stockAdapters().physicalCounts().findOpen(tenant, shelf.id())).orElseThrow();
        assertThat(found.id()).isEqualTo(count.id());
        assertThat(found.reference()).contains("Q1 stocktake");
        assertThat(found.openedBy()).isEqualTo("alice");
        assertThat(found.openedAt()).isEqualTo(NOW);
        assertThat(found.lines()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo(item.id());
            assertThat(line.lot()).isEqualTo("L-1");
            assertThat(line.counted()).isEqualByComparingTo("7.5");
            assertThat(line.reason()).isEqualTo(AdjustmentReason.DAMAGED);
            assertThat(line.onHand()).isNull();
        });
        assertThat(inTx(() -> stockAdapters().physicalCounts().find(otherTenant, count.id()))).isEmpty();
        assertThat(inTx(() -> stockAdapters().physicalCounts().findOpen(otherTenant, shelf.id()))).isEmpty();
    }

    @Test
    void aLocationHasOneOpenCountAtATime() {
        StockLocation shelf = storedWarehouse(tenant, "MAIN");
        PhysicalCount count = stored(shelf);
        assertThatThrownBy(() -> stored(shelf)).isInstanceOf(RuntimeException.class);

        PhysicalCount loaded = inTx(() -> stockAdapters().physicalCounts().find(tenant, count.id())).orElseThrow();
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        loaded.record(item, "", BigDecimal.ONE, AdjustmentReason.FOUND);
        loaded.post(List.of(new CountLine(item.id(), "", "pc", BigDecimal.ONE, AdjustmentReason.FOUND, BigDecimal.ZERO,
                MoveId.of(newId()))), NOW, AdapterContract::newId);
        inTx(() -> stockAdapters().physicalCounts().update(loaded));

        assertThat(inTx(() -> stockAdapters().physicalCounts().findOpen(tenant, shelf.id()))).isEmpty();
        PhysicalCount posted = inTx(() -> stockAdapters().physicalCounts().find(tenant, count.id())).orElseThrow();
        assertThat(posted.status()).isEqualTo(CountStatus.POSTED);
        assertThat(posted.lines().get(0).variance()).isEqualByComparingTo("1");
        assertThat(posted.lines().get(0).adjustment()).isNotNull();
        assertThat(posted.closedAt()).contains(NOW);
        stored(shelf);
    }

    @Test
    void refusesAStaleVersionSoACountIsPostedOnce() {
        PhysicalCount count = stored(storedWarehouse(tenant, "MAIN"));
        PhysicalCount first = inTx(() -> stockAdapters().physicalCounts().find(tenant, count.id())).orElseThrow();
        PhysicalCount second = inTx(() -> stockAdapters().physicalCounts().find(tenant, count.id())).orElseThrow();
        first.cancel(NOW);
        inTx(() -> stockAdapters().physicalCounts().update(first));
        second.cancel(NOW);

        assertThatThrownBy(() -> inTx(() -> stockAdapters().physicalCounts().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
