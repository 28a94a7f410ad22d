package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * How a leave type is earned: {@code daysPerYear} for a whole calendar year of employment,
 * prorated by calendar days in a year the employee joins or leaves (rounded half up to the
 * nearest half day); at year end at most {@code carryOverCap} days of what remains carry into the
 * next year (a negative balance carries in full).
 */
public record AccrualPlan(LeaveDays daysPerYear, LeaveDays carryOverCap) {

    /**
     * Checks the plan: neither value negative, at most 366 days a year ({@code personnel.leave_type.invalid}).
     *
     * @param daysPerYear  days earned per full calendar year, in half-day steps
     * @param carryOverCap the most days that carry into the next year; zero for none
     */
    public AccrualPlan {
        Objects.requireNonNull(daysPerYear, "daysPerYear");
        Objects.requireNonNull(carryOverCap, "carryOverCap");
        if (daysPerYear.isNegative() || carryOverCap.isNegative() || daysPerYear.halves() > 2 * 366) {
            throw new RuleViolationException(PersonnelError.LEAVE_TYPE_INVALID,
                    "Days per year and carry-over cap must be between 0 and 366.");
        }
    }

    /**
     * The days earned in the year by someone employed from {@code hired} to {@code lastDay} (null: still
     * employed).
     *
     * @param year    the calendar year
     * @param hired   the hire date
     * @param lastDay the last day employed, or null
     * @return the days earned, prorated by the calendar days employed and rounded half up to half days
     */
    public LeaveDays entitlement(int year, LocalDate hired, LocalDate lastDay) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate from = hired.isAfter(yearStart) ? hired : yearStart;
        LocalDate to = lastDay != null && lastDay.isBefore(yearEnd) ? lastDay : yearEnd;
        if (to.isBefore(from)) {
            return LeaveDays.ZERO;
        }
        long employed = DateRange.of(from, to).days();
        long daysInYear = Year.of(year).length();
        // halves x employed / daysInYear, rounded half up: (2 x halves x employed + daysInYear) / (2 x daysInYear)
        long halves = (2 * daysPerYear.halves() * employed + daysInYear) / (2 * daysInYear);
        return new LeaveDays(halves);
    }

    /**
     * What carries into the next year from what remains at the end of one.
     *
     * @param remaining what remains at the end of the year
     * @return the days carried over, at most the cap and never negative
     */
    public LeaveDays carryOver(LeaveDays remaining) {
        return remaining.isNegative() ? remaining : remaining.min(carryOverCap);
    }
}
