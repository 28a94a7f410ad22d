package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a leave type within the whole library (UUIDv7, made by the application).
 *
 * @serial exclude
 */
public record LeaveTypeId(UUID value) implements Serializable {

    /**
     * Checks that the value is present.
     *
     * @param value the UUID, not null
     */
    public LeaveTypeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Wraps a UUID.
     *
     * @param value the UUID
     * @return the id
     */
    public static LeaveTypeId of(UUID value) {
        return new LeaveTypeId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param value a UUID in its standard text form
     * @return the id
     */
    public static LeaveTypeId of(String value) {
        return new LeaveTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
