package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a pending (two-phase) entry within the whole library (UUIDv7, made by the application). */
public record PendingEntryId(UUID value) implements Serializable {

    public PendingEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static PendingEntryId of(UUID value) {
        return new PendingEntryId(value);
    }

    public static PendingEntryId of(String value) {
        return new PendingEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
