package dev.backoffice.stock.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stock reservation within the whole library (UUIDv7, made by the application). */
public record ReservationId(UUID value) implements Serializable {

    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    public static ReservationId of(UUID value) {
        return new ReservationId(value);
    }

    public static ReservationId of(String value) {
        return new ReservationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
