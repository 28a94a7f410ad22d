package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a JournalEntry within the whole library (UUIDv7, made by the application). */
public record JournalEntryId(UUID value) implements Serializable {

    public JournalEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static JournalEntryId of(UUID value) {
        return new JournalEntryId(value);
    }

    public static JournalEntryId of(String value) {
        return new JournalEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
