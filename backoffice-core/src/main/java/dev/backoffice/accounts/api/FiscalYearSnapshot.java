package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;

import java.time.LocalDate;
import java.util.List;

/** A fiscal year with the state of each period. */
public record FiscalYearSnapshot(FiscalYearId id, String name, LocalDate startDate, LocalDate endDate,
                                 List<FiscalPeriod> periods) {

    /**
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
