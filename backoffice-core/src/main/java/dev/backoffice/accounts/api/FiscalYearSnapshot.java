package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;

import java.time.LocalDate;
import java.util.List;

/**
 * A fiscal year with the state of each period.
 *
 * @param id the id
 * @param name the name, for example {@code 2026}
 * @param startDate the first day
 * @param endDate the last day
 * @param periods the twelve periods
 */
public record FiscalYearSnapshot(FiscalYearId id, String name, LocalDate startDate, LocalDate endDate,
                                 List<FiscalPeriod> periods) {

    /**
     * The snapshot of a fiscal year and its periods.
     *
     * @param year the fiscal year
     * @return its read-only view
     */
    public static FiscalYearSnapshot of(FiscalYear year) {
        return new FiscalYearSnapshot(year.id(), year.name(), year.startDate(), year.endDate(), year.periods());
    }

    /**
     * A period of the year.
     *
     * @param number the period number, 1 to 12
     * @return the period
     */
    public FiscalPeriod period(int number) {
        return periods.get(number - 1);
    }
}
