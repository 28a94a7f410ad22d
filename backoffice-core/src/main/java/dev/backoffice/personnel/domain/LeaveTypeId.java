package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a leave type within the whole library (UUIDv7, made by the application). */
public record LeaveTypeId(UUID value) implements Serializable {

    public LeaveTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static LeaveTypeId of(UUID value) {
        return new LeaveTypeId(value);
    }

    public static LeaveTypeId of(String value) {
        return new LeaveTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
