package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a backorder within the whole library (UUIDv7, made by the application). */
public record BackorderId(UUID value) implements Serializable {

    public BackorderId {
        Objects.requireNonNull(value, "value");
    }

    public static BackorderId of(UUID value) {
        return new BackorderId(value);
    }

    public static BackorderId of(String value) {
        return new BackorderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
