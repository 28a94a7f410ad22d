package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stock move within the whole library (UUIDv7, made by the application). */
public record MoveId(UUID value) implements Serializable {

    public MoveId {
        Objects.requireNonNull(value, "value");
    }

    public static MoveId of(UUID value) {
        return new MoveId(value);
    }

    public static MoveId of(String value) {
        return new MoveId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
