package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payment within the whole library (UUIDv7, made by the application). */
public record PaymentId(UUID value) implements Serializable {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId of(UUID value) {
        return new PaymentId(value);
    }

    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
