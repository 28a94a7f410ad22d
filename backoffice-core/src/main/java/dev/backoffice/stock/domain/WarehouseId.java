package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a warehouse within the whole library (UUIDv7, made by the application). */
public record WarehouseId(UUID value) implements Serializable {

    public WarehouseId {
        Objects.requireNonNull(value, "value");
    }

    public static WarehouseId of(UUID value) {
        return new WarehouseId(value);
    }

    public static WarehouseId of(String value) {
        return new WarehouseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
