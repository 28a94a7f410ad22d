package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.stock.spi.StockItems}. */
public abstract class StockItemsContract extends StockAdapterContract {

    @Test
    void storesAndFindsAnItemWithAllItsFields() {
        StockItem item = StockItem.create(dev.backoffice.stock.domain.ItemId.of(newId()), tenant, "FLOUR-1", "Flour",
                UnitOfMeasure.of("kg", 3).with("g", "0.001").with("sack", "25"), Tracking.LOT,
                ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.ALLOWED, true, NOW);
        inTx(() -> stockAdapters().stockItems().add(item));

        StockItem found = inTx(() -> stockAdapters().stockItems().find(tenant, item.id())).orElseThrow();
        assertThat(found.sku()).isEqualTo("FLOUR-1");
        assertThat(found.name()).isEqualTo("Flour");
        assertThat(found.unit()).isEqualTo(item.unit());
        assertThat(found.unit().conversions()).containsOnlyKeys("g", "sack");
        assertThat(found.tracking()).isEqualTo(Tracking.LOT);
        assertThat(found.valuation()).isEqualTo(ValuationMethod.MOVING_AVERAGE);
        assertThat(found.negativeStock()).isEqualTo(NegativeStockPolicy.ALLOWED);
        assertThat(found.backordersAllowed()).isTrue();
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void findsBySkuWithinTheTenantOnlyAndRefusesADuplicateSku() {
        StockItem item = storedItem(tenant, "SKU-1", Tracking.NONE);

        assertThat(inTx(() -> stockAdapters().stockItems().findBySku(tenant, "SKU-1"))).map(StockItem::id).contains(item.id());
        assertThat(inTx(() -> stockAdapters().stockItems().findBySku(otherTenant, "SKU-1"))).isEmpty();
        assertThat(inTx(() -> stockAdapters().stockItems().find(otherTenant, item.id()))).isEmpty();
        assertThatThrownBy(() -> storedItem(tenant, "SKU-1", Tracking.NONE)).isInstanceOf(RuntimeException.class);
        storedItem(otherTenant, "SKU-1", Tracking.NONE);
        assertThat(inTx(() -> stockAdapters().stockItems().findAll(tenant))).hasSize(1);
    }

    @Test
    void listsTheItemsOfATenantBySku() {
        storedItem(tenant, "B", Tracking.NONE);
        storedItem(tenant, "A", Tracking.SERIAL);
        storedItem(otherTenant, "C", Tracking.NONE);

        assertThat(inTx(() -> stockAdapters().stockItems().findAll(tenant))).extracting(StockItem::sku).containsExactly("A", "B");
    }

    @Test
    void updatesPoliciesAndRefusesAStaleVersion() {
        StockItem item = storedItem(tenant, "SKU-2", Tracking.NONE);
        StockItem first = inTx(() -> stockAdapters().stockItems().find(tenant, item.id())).orElseThrow();
        StockItem second = inTx(() -> stockAdapters().stockItems().find(tenant, item.id())).orElseThrow();

        first.rename("Renamed");
        first.changePolicies(ValuationMethod.STANDARD, NegativeStockPolicy.ALLOWED, true);
        inTx(() -> stockAdapters().stockItems().update(first));

        StockItem stored = inTx(() -> stockAdapters().stockItems().find(tenant, item.id())).orElseThrow();
        assertThat(stored.name()).isEqualTo("Renamed");
        assertThat(stored.valuation()).isEqualTo(ValuationMethod.STANDARD);
        assertThat(stored.allowsNegativeStock()).isTrue();
        assertThat(stored.backordersAllowed()).isTrue();
        assertThat(stored.version()).isGreaterThan(first.version());

        second.rename("Lost update");
        assertThatThrownBy(() -> inTx(() -> stockAdapters().stockItems().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> stockAdapters().stockItems().find(tenant, item.id())).orElseThrow().name()).isEqualTo("Renamed");
    }

    @Test
    void aRolledBackUnitOfWorkStoresNoItem() {
        StockItem item = item(tenant, "GONE", Tracking.NONE);
        assertThatThrownBy(() -> inTx(() -> {
            stockAdapters().stockItems().add(item);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTx(() -> stockAdapters().stockItems().findBySku(tenant, "GONE"))).isEmpty();
        storedItem(tenant, "GONE", Tracking.NONE);
    }
}
