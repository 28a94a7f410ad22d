package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a party (customer or supplier) within the whole library (UUIDv7, made by the application). */
public record PartyId(UUID value) implements Serializable {

    public PartyId {
        Objects.requireNonNull(value, "value");
    }

    public static PartyId of(UUID value) {
        return new PartyId(value);
    }

    public static PartyId of(String value) {
        return new PartyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
