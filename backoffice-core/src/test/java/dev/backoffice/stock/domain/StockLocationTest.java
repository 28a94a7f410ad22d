package dev.backoffice.stock.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class StockLocationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TenantId ACME = TenantId.of("acme");

    private static LocationId newId() {
        return LocationId.of(UUID.randomUUID());
    }

    @Test
    void childCodesExtendTheirParentsCode() {
        StockLocation root = StockLocation.warehouseRoot(newId(), ACME, WarehouseId.of(UUID.randomUUID()), "MAIN", "Main", NOW);
        StockLocation aisle = StockLocation.under(root, newId(), "A", "Aisle A", NOW);
        StockLocation bin = StockLocation.under(aisle, newId(), "01", "Bin 1", NOW);

        assertThat(bin.code()).isEqualTo("MAIN/A/01");
        assertThat(bin.parent()).contains(aisle.id());
        assertThat(bin.warehouse()).isEqualTo(root.warehouse());
        assertThat(bin.isInternal()).isTrue();
        assertThat(root.parent()).isEmpty();
    }

    @Test
    void virtualLocationsHaveFixedCodesAndHoldNoChildren() {
        StockLocation supplier = StockLocation.virtual(newId(), ACME, LocationType.SUPPLIER, NOW);
        assertThat(supplier.code()).isEqualTo("@supplier");
        assertThat(StockLocation.virtual(newId(), ACME, LocationType.INVENTORY_LOSS, NOW).code()).isEqualTo("@inventory-loss");
        assertThat(supplier.isVirtual()).isTrue();
        assertThat(supplier.warehouse()).isEmpty();
        assertRefused("stock.location.not_internal", () -> StockLocation.under(supplier, newId(), "X", "X", NOW));
    }

    @Test
    void refusesCodesLongerThanTheLimit() {
        StockLocation location = StockLocation.warehouseRoot(newId(), ACME, WarehouseId.of(UUID.randomUUID()), "MAIN", "Main", NOW);
        for (int i = 0; i < 7; i++) {
            location = StockLocation.under(location, newId(), "x".repeat(32), "deep", NOW);
        }
        StockLocation deep = location;
        assertRefused("stock.location.code_too_long", () -> StockLocation.under(deep, newId(), "y".repeat(32), "deeper", NOW));
    }
}
