package dev.backoffice.contract;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.ChangeItem;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.StockItemCreated;
import dev.backoffice.stock.domain.StockLocationAdded;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.WarehouseOpened;
import dev.backoffice.stock.domain.WarehouseId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Items, warehouses and locations through the api: rules, refusals, idempotency, tenants, permissions. */
public abstract class StockCatalogContract extends StockApiContract {

    private static final UnitOfMeasure PIECES = UnitOfMeasure.of("pc").with("box", "12");

    @Override
    protected Object observableState() {
        return List.of(stock.itemCatalog().items(alice), stock.warehousing().warehouses(alice));
    }

    @Test
    void createsAnItemWithUnitsTrackingAndPolicies() {
        StockItemSnapshot item = stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", PIECES)
                .tracked(Tracking.SERIAL).valuedBy(ValuationMethod.STANDARD)
                .withNegativeStock(NegativeStockPolicy.ALLOWED).withBackorders(true));

        assertThat(item.sku()).isEqualTo("WIDGET");
        assertThat(item.unit().base()).isEqualTo("pc");
        assertThat(item.tracking()).isEqualTo(Tracking.SERIAL);
        assertThat(item.valuation()).isEqualTo(ValuationMethod.STANDARD);
        assertThat(item.negativeStock()).isEqualTo(NegativeStockPolicy.ALLOWED);
        assertThat(item.backordersAllowed()).isTrue();
        assertThat(stock.itemCatalog().item(alice, item.id())).isEqualTo(item);
        assertThat(stock.itemCatalog().itemBySku(alice, "WIDGET")).contains(item);
        assertThat(published).singleElement().isInstanceOf(StockItemCreated.class);
        assertThat(auditTrail(alice)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(StockPermissions.MANAGE_ITEMS);
            assertThat(r.subjectId()).isEqualTo(item.id().value());
            assertThat(r.actorId()).isEqualTo("alice");
        });
    }

    @Test
    void refusesADuplicateSkuBadUnitsAndInvalidCommands() {
        stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", PIECES));

        assertRefused(() -> stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Again", PIECES)),
                "stock.item.sku_taken");
        assertRefused(() -> stock.itemCatalog().createItem(alice, CreateItem.of("FLOUR", "Flour", UnitOfMeasure.of("kg", 3))
                .tracked(Tracking.SERIAL)), "stock.unit.invalid");
        assertRefused(() -> stock.itemCatalog().createItem(alice, new CreateItem("bad sku!", "", null, null, null, null,
                false, null)), "validation.failed");
        assertRefused(() -> stock.itemCatalog().createItem(alice, null), "validation.failed");
        assertThatThrownBy(() -> stock.itemCatalog().createItem(alice, CreateItem.of("bad sku!", "x", PIECES)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("sku"));
    }

    @Test
    void changesNameAndPoliciesButNeverTheSku() {
        StockItemSnapshot item = stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", PIECES));

        StockItemSnapshot changed = stock.itemCatalog().changeItem(alice, new ChangeItem(item.id(), "Blue widget",
                ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.ALLOWED, true));

        assertThat(changed.name()).isEqualTo("Blue widget");
        assertThat(changed.sku()).isEqualTo("WIDGET");
        assertThat(changed.valuation()).isEqualTo(ValuationMethod.MOVING_AVERAGE);
        assertThat(changed.backordersAllowed()).isTrue();
        assertRefused(() -> stock.itemCatalog().changeItem(alice, new ChangeItem(ItemId.of(newId()), "x",
                ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, false)), "stock.item.not_found");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstItemAndAnotherCommandWithItIsRefused() {
        CreateItem command = CreateItem.of("WIDGET", "Widget", PIECES).withIdempotencyKey("item-1");
        StockItemSnapshot first = stock.itemCatalog().createItem(alice, command);
        published.clear();

        assertThat(stock.itemCatalog().createItem(alice, command)).isEqualTo(first);
        assertThat(stock.itemCatalog().items(alice)).hasSize(1);
        assertThat(published).isEmpty();
        assertRefused(() -> stock.itemCatalog().createItem(alice, CreateItem.of("OTHER", "Other", PIECES)
                .withIdempotencyKey("item-1")), "idempotency.key_reused");
    }

    @Test
    void opensWarehousesWithATreeOfLocationsAndTheTenantsVirtualLocations() {
        WarehouseSnapshot main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main warehouse"));
        LocationSnapshot aisle = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Aisle A"));
        LocationSnapshot bin = stock.warehousing().addLocation(alice, AddLocation.of(aisle.id(), "01", "Bin 1"));
        stock.warehousing().openWarehouse(alice, OpenWarehouse.of("NORTH", "North"));

        assertThat(bin.code()).isEqualTo("MAIN/A/01");
        assertThat(bin.parent()).isEqualTo(aisle.id());
        assertThat(bin.warehouse()).isEqualTo(main.id());
        assertThat(stock.warehousing().locations(alice, main.id())).extracting(LocationSnapshot::code)
                .containsExactly("MAIN", "MAIN/A", "MAIN/A/01");
        assertThat(stock.warehousing().warehouses(alice)).extracting(WarehouseSnapshot::code).containsExactly("MAIN", "NORTH");
        for (LocationType type : List.of(LocationType.SUPPLIER, LocationType.CUSTOMER, LocationType.INVENTORY_LOSS,
                LocationType.TRANSIT)) {
            LocationSnapshot virtual = stock.warehousing().virtualLocation(alice, type);
            assertThat(virtual.type()).isEqualTo(type);
            assertThat(virtual.warehouse()).isNull();
        }
        assertThat(published).filteredOn(WarehouseOpened.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(StockLocationAdded.class::isInstance).hasSize(2);
    }

    @Test
    void refusesDuplicateCodesUnknownParentsAndVirtualParents() {
        WarehouseSnapshot main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Aisle A"));
        LocationSnapshot supplier = stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER);

        assertRefused(() -> stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Again")),
                "stock.warehouse.code_taken");
        assertRefused(() -> stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Again")),
                "stock.location.code_taken");
        assertRefused(() -> stock.warehousing().addLocation(alice, AddLocation.of(LocationId.of(newId()), "B", "B")),
                "stock.location.not_found");
        assertRefused(() -> stock.warehousing().addLocation(alice, AddLocation.of(supplier.id(), "B", "B")),
                "stock.location.not_internal");
        assertRefused(() -> stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "a/b", "B")),
                "validation.failed");
        assertRefused(() -> stock.warehousing().warehouse(alice, WarehouseId.of(newId())), "stock.warehouse.not_found");
        assertRefused(() -> stock.warehousing().virtualLocation(alice, LocationType.INTERNAL), "stock.location.not_found");
        assertRefused(() -> stock.warehousing().virtualLocation(mallory, LocationType.SUPPLIER), "stock.location.not_found");
    }

    @Test
    void tenantsSeeOnlyTheirOwnItemsAndLocations() {
        StockItemSnapshot item = stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", PIECES));
        WarehouseSnapshot main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));

        assertRefused(() -> stock.itemCatalog().item(mallory, item.id()), "stock.item.not_found");
        assertThat(stock.itemCatalog().itemBySku(mallory, "WIDGET")).isEmpty();
        assertThat(stock.itemCatalog().items(mallory)).isEmpty();
        assertRefused(() -> stock.warehousing().location(mallory, main.rootLocation()), "stock.location.not_found");
        assertRefused(() -> stock.warehousing().addLocation(mallory, AddLocation.of(main.rootLocation(), "X", "X")),
                "stock.location.not_found");
        assertRefused(() -> stock.itemCatalog().changeItem(mallory, new ChangeItem(item.id(), "Stolen",
                ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, false)), "stock.item.not_found");
        // the same codes are free in another tenant
        stock.itemCatalog().createItem(mallory, CreateItem.of("WIDGET", "Widget", PIECES));
        stock.warehousing().openWarehouse(mallory, OpenWarehouse.of("MAIN", "Main"));
    }

    @Test
    void asksTheAccessPolicyForEachPermission() {
        var readOnly = stockContext((actor, permission) -> permission.equals(StockPermissions.READ));

        assertThatThrownBy(() -> readOnly.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", PIECES)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(StockPermissions.MANAGE_ITEMS));
        assertThatThrownBy(() -> readOnly.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(StockPermissions.MANAGE_LOCATIONS));
        assertThat(readOnly.itemCatalog().items(alice)).isEmpty();
        assertThatThrownBy(() -> stockContext(AccessPolicy.denyAll()).itemCatalog().items(alice))
                .isInstanceOf(AccessDeniedException.class);
    }
}
