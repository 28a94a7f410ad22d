package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockLocationAdded;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.domain.WarehouseOpened;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.Warehouses;
import jakarta.validation.constraints.NotNull;

import java.util.List;

final class WarehousingService implements Warehousing {

    private static final String WAREHOUSE = "Warehouse";
    private static final String LOCATION = "StockLocation";

    private final UseCases useCases;
    private final Warehouses warehouses;
    private final StockLocations locations;

    WarehousingService(UseCases useCases, Warehouses warehouses, StockLocations locations) {
        this.useCases = useCases;
        this.warehouses = warehouses;
        this.locations = locations;
    }

    record WarehouseRef(@NotNull WarehouseId warehouse) {
    }

    record LocationRef(@NotNull LocationId location) {
    }

    record VirtualRef(@NotNull LocationType type) {
    }

    @Override
    public WarehouseSnapshot openWarehouse(Actor actor, OpenWarehouse command) {
        return useCases.create(actor, StockPermissions.MANAGE_LOCATIONS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    String code = command.code().strip();
                    if (warehouses.findByCode(actor.tenant(), code).isPresent()) {
                        throw new RuleViolationException(StockError.WAREHOUSE_CODE_TAKEN,
                                "The warehouse code " + code + " is already used.");
                    }
                    requireFreeCode(actor, code);
                    WarehouseId id = WarehouseId.of(useCases.newId());
                    StockLocation root = StockLocation.warehouseRoot(LocationId.of(useCases.newId()), actor.tenant(), id,
                            code, command.name(), useCases.now());
                    Warehouse warehouse = Warehouse.open(id, actor.tenant(), code, command.name(), root.id(),
                            useCases.now());
                    warehouses.add(warehouse);
                    locations.add(root);
                    for (LocationType type : LocationType.values()) {
                        if (type.isVirtual() && locations.findVirtual(actor.tenant(), type).isEmpty()) {
                            locations.add(StockLocation.virtual(LocationId.of(useCases.newId()), actor.tenant(), type,
                                    useCases.now()));
                        }
                    }
                    useCases.audit(actor, StockPermissions.MANAGE_LOCATIONS, WAREHOUSE, id.value(), "opened " + code);
                    useCases.publish(List.of(new WarehouseOpened(useCases.newId(), actor.tenant(), useCases.now(), id,
                            code, root.id())));
                    return WarehouseSnapshot.of(warehouse);
                },
                snapshot -> snapshot.id().value(),
                id -> WarehouseSnapshot.of(loadWarehouse(actor, WarehouseId.of(id))));
    }

    @Override
    public LocationSnapshot addLocation(Actor actor, AddLocation command) {
        return useCases.create(actor, StockPermissions.MANAGE_LOCATIONS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    StockLocation parent = loadLocation(locations, actor, command.parent());
                    StockLocation location = StockLocation.under(parent, LocationId.of(useCases.newId()), command.code(),
                            command.name(), useCases.now());
                    requireFreeCode(actor, location.code());
                    locations.add(location);
                    useCases.audit(actor, StockPermissions.MANAGE_LOCATIONS, LOCATION, location.id().value(),
                            "added " + location.code());
                    useCases.publish(List.of(new StockLocationAdded(useCases.newId(), actor.tenant(), useCases.now(),
                            location.id(), location.code(), parent.id())));
                    return LocationSnapshot.of(location);
                },
                snapshot -> snapshot.id().value(),
                id -> LocationSnapshot.of(loadLocation(locations, actor, LocationId.of(id))));
    }

    private void requireFreeCode(Actor actor, String code) {
        if (locations.findByCode(actor.tenant(), code).isPresent()) {
            throw new RuleViolationException(StockError.LOCATION_CODE_TAKEN, "The location code " + code + " is already used.");
        }
    }

    @Override
    public WarehouseSnapshot warehouse(Actor actor, WarehouseId warehouse) {
        return useCases.query(actor, StockPermissions.READ, new WarehouseRef(warehouse),
                () -> WarehouseSnapshot.of(loadWarehouse(actor, warehouse)));
    }

    @Override
    public List<WarehouseSnapshot> warehouses(Actor actor) {
        return useCases.query(actor, StockPermissions.READ,
                () -> warehouses.findAll(actor.tenant()).stream().map(WarehouseSnapshot::of).toList());
    }

    @Override
    public LocationSnapshot location(Actor actor, LocationId location) {
        return useCases.query(actor, StockPermissions.READ, new LocationRef(location),
                () -> LocationSnapshot.of(loadLocation(locations, actor, location)));
    }

    @Override
    public List<LocationSnapshot> locations(Actor actor, WarehouseId warehouse) {
        return useCases.query(actor, StockPermissions.READ, new WarehouseRef(warehouse), () -> {
            loadWarehouse(actor, warehouse);
            return locations.findByWarehouse(actor.tenant(), warehouse).stream().map(LocationSnapshot::of).toList();
        });
    }

    @Override
    public LocationSnapshot virtualLocation(Actor actor, LocationType type) {
        return useCases.query(actor, StockPermissions.READ, new VirtualRef(type), () -> LocationSnapshot.of(
                virtual(locations, actor, type)));
    }

    /** The tenant's virtual location of a type; {@code stock.location.not_found} before its first warehouse. */
    static StockLocation virtual(StockLocations locations, Actor actor, LocationType type) {
        if (!type.isVirtual()) {
            throw new NotFoundException(StockError.LOCATION_NOT_FOUND, "There is no virtual location of type " + type + ".");
        }
        return locations.findVirtual(actor.tenant(), type).orElseThrow(() -> new NotFoundException(
                StockError.LOCATION_NOT_FOUND, "The tenant has no " + type.virtualCode()
                        + " location yet: it comes with the first warehouse."));
    }

    private Warehouse loadWarehouse(Actor actor, WarehouseId id) {
        return warehouses.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.WAREHOUSE_NOT_FOUND, "Warehouse " + id + " does not exist."));
    }

    /** The location of the actor's tenant; {@code stock.location.not_found} otherwise. */
    static StockLocation loadLocation(StockLocations locations, Actor actor, LocationId id) {
        return locations.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.LOCATION_NOT_FOUND, "Stock location " + id + " does not exist."));
    }
}
