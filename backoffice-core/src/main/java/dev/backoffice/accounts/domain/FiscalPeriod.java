package dev.backoffice.accounts.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a fiscal year (a month), numbered from 1, with its dates (inclusive) and state.
 *
 * @param number the document number, null while a draft
 * @param startDate the first day
 * @param endDate the last day
 * @param status its status
 */
public record FiscalPeriod(int number, LocalDate startDate, LocalDate endDate, PeriodStatus status) {

    /**
     * Requires dates and status; a period cannot end before it starts.
     *
     * @param number    the period number, 1 to 12
     * @param startDate its first day
     * @param endDate   its last day
     * @param status    open, closed or locked
     */
    public FiscalPeriod {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(status, "status");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /**
     * Whether the date lies in the period.
     *
     * @param date the date
     * @return true from the start date to the end date, both inclusive
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    FiscalPeriod withStatus(PeriodStatus newStatus) {
        return new FiscalPeriod(number, startDate, endDate, newStatus);
    }
}
