package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payroll run within the whole library (UUIDv7, made by the application). */
public record PayrollRunId(UUID value) implements Serializable {

    public PayrollRunId {
        Objects.requireNonNull(value, "value");
    }

    public static PayrollRunId of(UUID value) {
        return new PayrollRunId(value);
    }

    public static PayrollRunId of(String value) {
        return new PayrollRunId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
