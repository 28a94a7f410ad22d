package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stock item within the whole library (UUIDv7, made by the application). */
public record ItemId(UUID value) implements Serializable {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId of(UUID value) {
        return new ItemId(value);
    }

    public static ItemId of(String value) {
        return new ItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
