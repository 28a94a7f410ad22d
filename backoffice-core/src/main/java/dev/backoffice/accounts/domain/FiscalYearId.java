package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a FiscalYear within the whole library (UUIDv7, made by the application). */
public record FiscalYearId(UUID value) implements Serializable {

    public FiscalYearId {
        Objects.requireNonNull(value, "value");
    }

    public static FiscalYearId of(UUID value) {
        return new FiscalYearId(value);
    }

    public static FiscalYearId of(String value) {
        return new FiscalYearId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
