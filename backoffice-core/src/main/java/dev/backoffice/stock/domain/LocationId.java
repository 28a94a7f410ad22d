package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stock location within the whole library (UUIDv7, made by the application). */
public record LocationId(UUID value) implements Serializable {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId of(UUID value) {
        return new LocationId(value);
    }

    public static LocationId of(String value) {
        return new LocationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
