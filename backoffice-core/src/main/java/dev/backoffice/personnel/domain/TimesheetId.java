package dev.backoffice.personnel.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a timesheet within the whole library (UUIDv7, made by the application). */
public record TimesheetId(UUID value) implements Serializable {

    public TimesheetId {
        Objects.requireNonNull(value, "value");
    }

    public static TimesheetId of(UUID value) {
        return new TimesheetId(value);
    }

    public static TimesheetId of(String value) {
        return new TimesheetId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
