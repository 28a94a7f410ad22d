package dev.backoffice.personnel.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.YearMonth;

/**
 * Prepares the draft payroll run of a month for every employee with a contract in force in it.
 *
 * @param idempotencyKey optional: the same key again returns the first run
 */
public record RunPayroll(@NotNull YearMonth period, @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * The regular run of a month.
     *
     * @param period the month
     * @return the command
     */
    public static RunPayroll of(YearMonth period) {
        return new RunPayroll(period, null);
    }
}
