package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records hours of an employee's week (starting on a Monday): opens the week's timesheet, or
 * replaces the given days of the open one. Zero hours remove a day.
 *
 * @param idempotencyKey optional: the same key again returns the timesheet and changes nothing
 */
public record RecordHours(@NotNull EmployeeId employee, @NotNull LocalDate weekStart,
                          @NotEmpty @Size(max = 7) Map<@NotNull LocalDate, @NotNull @DecimalMin("0") @DecimalMax("24")
                                  @Digits(integer = 2, fraction = 2) BigDecimal> hours,
                          @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Sorts the days, so the command's text and idempotency fingerprint stay stable.
     *
     * @param employee       the employee
     * @param weekStart      the Monday the week starts on
     * @param hours          hours per day of that week, 0 to 24 with two decimals; 0 removes a day
     * @param idempotencyKey optional: the same key again returns the timesheet and changes nothing
     */
    public RecordHours {
        // sorted, so the text form and the idempotency fingerprint stay stable
        hours = hours == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(hours));
    }

    /**
     * Hours without an idempotency key.
     *
     * @param employee  the employee
     * @param weekStart the Monday the week starts on
     * @param hours     hours per day of that week
     * @return the command
     */
    public static RecordHours of(EmployeeId employee, LocalDate weekStart, Map<LocalDate, BigDecimal> hours) {
        return new RecordHours(employee, weekStart, hours, null);
    }
}
