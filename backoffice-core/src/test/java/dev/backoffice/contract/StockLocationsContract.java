package dev.backoffice.contract;

import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.Warehouse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.stock.spi.Warehouses} and {@link dev.backoffice.stock.spi.StockLocations}. */
public abstract class StockLocationsContract extends StockAdapterContract {

    @Test
    void storesAWarehouseWithItsTreeOfLocations() {
        StockLocation root = storedWarehouse(tenant, "MAIN");
        StockLocation aisle = storedLocation(root, "A");
        StockLocation bin = storedLocation(aisle, "01");

        Warehouse warehouse = inTx(() -> stockAdapters().warehouses().findByCode(tenant, "MAIN")).orElseThrow();
        assertThat(warehouse.rootLocation()).isEqualTo(root.id());
        assertThat(inTx(() -> stockAdapters().warehouses().find(tenant, warehouse.id()))).isPresent();
        assertThat(inTx(() -> stockAdapters().warehouses().find(otherTenant, warehouse.id()))).isEmpty();

        StockLocation found = inTx(() -> stockAdapters().stockLocations().find(tenant, bin.id())).orElseThrow();
        assertThat(found.code()).isEqualTo("MAIN/A/01");
        assertThat(found.name()).isEqualTo("Location 01");
        assertThat(found.parent()).contains(aisle.id());
        assertThat(found.warehouse()).contains(warehouse.id());
        assertThat(found.type()).isEqualTo(LocationType.INTERNAL);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> stockAdapters().stockLocations().findByWarehouse(tenant, warehouse.id())))
                .extracting(StockLocation::code).containsExactly("MAIN", "MAIN/A", "MAIN/A/01");
        assertThat(inTx(() -> stockAdapters().stockLocations().findByCode(tenant, "MAIN/A"))).map(StockLocation::id)
                .contains(aisle.id());
    }

    @Test
    void keepsOneVirtualLocationOfEachTypePerTenant() {
        StockLocation supplier = storedVirtual(tenant, LocationType.SUPPLIER);
        storedVirtual(otherTenant, LocationType.SUPPLIER);

        assertThat(inTx(() -> stockAdapters().stockLocations().findVirtual(tenant, LocationType.SUPPLIER)))
                .map(StockLocation::id).contains(supplier.id());
        assertThat(inTx(() -> stockAdapters().stockLocations().findVirtual(tenant, LocationType.CUSTOMER))).isEmpty();
        assertThat(inTx(() -> stockAdapters().stockLocations().findVirtual(tenant, LocationType.INTERNAL))).isEmpty();
        assertThatThrownBy(() -> storedVirtual(tenant, LocationType.SUPPLIER)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void codesAreUniquePerTenantAndReadsStayInTheTenant() {
        StockLocation root = storedWarehouse(tenant, "MAIN");
        StockLocation foreignRoot = storedWarehouse(otherTenant, "MAIN");
        storedLocation(root, "A");

        assertThatThrownBy(() -> storedLocation(root, "A")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> storedWarehouse(tenant, "MAIN")).isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> stockAdapters().stockLocations().find(otherTenant, root.id()))).isEmpty();
        assertThat(inTx(() -> stockAdapters().stockLocations().findAll(tenant, List.of(root.id(), foreignRoot.id()))))
                .containsOnlyKeys(root.id());
        assertThat(inTx(() -> stockAdapters().stockLocations().findAll(tenant))).extracting(StockLocation::code)
                .containsExactly("MAIN", "MAIN/A");
        assertThat(inTx(() -> stockAdapters().warehouses().findAll(tenant))).hasSize(1);
    }
}
