package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;

import java.time.Instant;

/** A warehouse and the id of its root location. */
public record WarehouseSnapshot(WarehouseId id, String code, String name, LocationId rootLocation, Instant createdAt) {

    /**
     * The snapshot of a warehouse as it is now.
     *
     * @param warehouse the warehouse
     * @return its immutable snapshot
     */
    public static WarehouseSnapshot of(Warehouse warehouse) {
        return new WarehouseSnapshot(warehouse.id(), warehouse.code(), warehouse.name(), warehouse.rootLocation(),
                warehouse.createdAt());
    }
}
