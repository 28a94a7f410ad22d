package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a department within the whole library (UUIDv7, made by the application). */
public record DepartmentId(UUID value) implements Serializable {

    public DepartmentId {
        Objects.requireNonNull(value, "value");
    }

    public static DepartmentId of(UUID value) {
        return new DepartmentId(value);
    }

    public static DepartmentId of(String value) {
        return new DepartmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
