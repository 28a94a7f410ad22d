package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a position within the whole library (UUIDv7, made by the application). */
public record PositionId(UUID value) implements Serializable {

    public PositionId {
        Objects.requireNonNull(value, "value");
    }

    public static PositionId of(UUID value) {
        return new PositionId(value);
    }

    public static PositionId of(String value) {
        return new PositionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
