package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an employee within the whole library (UUIDv7, made by the application). */
public record EmployeeId(UUID value) implements Serializable {

    public EmployeeId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployeeId of(UUID value) {
        return new EmployeeId(value);
    }

    public static EmployeeId of(String value) {
        return new EmployeeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
