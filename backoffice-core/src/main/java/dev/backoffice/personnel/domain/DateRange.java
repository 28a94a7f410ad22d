package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Days from {@code start} to {@code end}, both inclusive. */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Checks that the range does not end before it starts.
     *
     * @param start the first day, inclusive
     * @param end   the last day, inclusive
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new RuleViolationException(PersonnelError.INVALID_DATE_RANGE,
                    "The range ends on " + end + ", before it starts on " + start + ".");
        }
    }

    /**
     * The days from {@code start} to {@code end}, both inclusive.
     *
     * @param start the first day
     * @param end   the last day, not before {@code start}
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * The calendar month of the day.
     *
     * @param day any day of the month
     * @return the month's first to last day
     */
    public static DateRange monthOf(LocalDate day) {
        return new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    }

    /**
     * How many days, both ends counted.
     *
     * @return the number of days
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Whether the day is in the range.
     *
     * @param day the day
     * @return true when it is on or between the ends
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether the ranges share at least one day.
     *
     * @param other the other range
     * @return true when they share a day
     */
    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * The days both ranges share, if any.
     *
     * @param other the other range
     * @return the shared days, or empty
     */
    public Optional<DateRange> intersection(DateRange other) {
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new DateRange(from, to));
    }
}
