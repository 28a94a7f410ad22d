package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a leave request within the whole library (UUIDv7, made by the application). */
public record LeaveRequestId(UUID value) implements Serializable {

    public LeaveRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static LeaveRequestId of(UUID value) {
        return new LeaveRequestId(value);
    }

    public static LeaveRequestId of(String value) {
        return new LeaveRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
