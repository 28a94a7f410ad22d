package dev.backoffice.accounts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Opens a fiscal year of twelve monthly periods starting on {@code startDate}. It may not overlap
 * another fiscal year of the tenant ({@code ledger.fiscal_year.overlaps}).
 *
 * @param name the name, up to 32 characters, for example {@code 2026}
 * @param startDate the first day
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record OpenFiscalYear(@NotBlank @Size(max = 32) String name,
                             @NotNull LocalDate startDate,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A fiscal year from a date.
     *
     * @param name      the name, for example {@code 2026/27}
     * @param startDate the first day of a month
     * @return the command
     */
    public static OpenFiscalYear of(String name, LocalDate startDate) {
        return new OpenFiscalYear(name, startDate, null);
    }

    /**
     * The calendar year as fiscal year, named after it (for example "2026").
     *
     * @param year the calendar year
     * @return the command
     */
    public static OpenFiscalYear calendarYear(int year) {
        return new OpenFiscalYear(Integer.toString(year), LocalDate.of(year, 1, 1), null);
    }
}
