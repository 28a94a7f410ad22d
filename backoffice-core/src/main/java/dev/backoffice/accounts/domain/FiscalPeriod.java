package dev.backoffice.accounts.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One period of a fiscal year (a month), numbered from 1, with its dates (inclusive) and state. */
public record FiscalPeriod(int number, LocalDate startDate, LocalDate endDate, PeriodStatus status) {

    public FiscalPeriod {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(status, "status");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    FiscalPeriod withStatus(PeriodStatus newStatus) {
        return new FiscalPeriod(number, startDate, endDate, newStatus);
    }
}
