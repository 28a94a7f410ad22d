package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.WarehouseId;

import java.time.Instant;

/** A location; {@code warehouse} and {@code parent} are null for virtual locations, {@code parent} for a root. */
public record LocationSnapshot(LocationId id, String code, String name, LocationType type, WarehouseId warehouse,
                               LocationId parent, Instant createdAt) {

    /**
     * The snapshot of a location as it is now.
     *
     * @param location the location
     * @return its immutable snapshot
     */
    public static LocationSnapshot of(StockLocation location) {
        return new LocationSnapshot(location.id(), location.code(), location.name(), location.type(),
                location.warehouse().orElse(null), location.parent().orElse(null), location.createdAt());
    }
}
