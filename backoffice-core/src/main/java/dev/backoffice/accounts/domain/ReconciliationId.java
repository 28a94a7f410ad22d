package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a {@link Reconciliation} within the whole library (UUIDv7, made by the application). */
public record ReconciliationId(UUID value) implements Serializable {

    public ReconciliationId {
        Objects.requireNonNull(value, "value");
    }

    public static ReconciliationId of(UUID value) {
        return new ReconciliationId(value);
    }

    public static ReconciliationId of(String value) {
        return new ReconciliationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
