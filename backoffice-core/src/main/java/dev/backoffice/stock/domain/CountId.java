package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a physical count within the whole library (UUIDv7, made by the application). */
public record CountId(UUID value) implements Serializable {

    public CountId {
        Objects.requireNonNull(value, "value");
    }

    public static CountId of(UUID value) {
        return new CountId(value);
    }

    public static CountId of(String value) {
        return new CountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
