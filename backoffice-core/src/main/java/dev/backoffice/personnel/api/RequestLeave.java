package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveTypeId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Requests leave for an employee from {@code from} to {@code to}, both inclusive, within one
 * calendar year.
 *
 * @param startsAfternoon the first day is taken from noon only
 * @param endsAtNoon      the last day is taken until noon only
 * @param idempotencyKey  optional: the same key again returns the first request
 */
public record RequestLeave(@NotNull EmployeeId employee, @NotNull LeaveTypeId leaveType, @NotNull LocalDate from,
                           @NotNull LocalDate to, boolean startsAfternoon, boolean endsAtNoon,
                           @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Whole days from {@code from} to {@code to}.
     *
     * @param employee  the employee
     * @param leaveType the leave type
     * @param from      the first day
     * @param to        the last day, in the same calendar year
     * @return the command
     */
    public static RequestLeave of(EmployeeId employee, LeaveTypeId leaveType, LocalDate from, LocalDate to) {
        return new RequestLeave(employee, leaveType, from, to, false, false, null);
    }

    /**
     * The morning or the afternoon of one day.
     *
     * @param employee  the employee
     * @param leaveType the leave type
     * @param day       the day
     * @param afternoon true for the afternoon, false for the morning
     * @return the command
     */
    public static RequestLeave halfDay(EmployeeId employee, LeaveTypeId leaveType, LocalDate day, boolean afternoon) {
        return new RequestLeave(employee, leaveType, day, day, afternoon, !afternoon, null);
    }

    /**
     * The same request, made at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first request
     * @return a copy of this command with that key
     */
    public RequestLeave withIdempotencyKey(String key) {
        return new RequestLeave(employee, leaveType, from, to, startsAfternoon, endsAtNoon, key);
    }
}
