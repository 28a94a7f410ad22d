package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A number of leave days in half-day steps (exact: held as a count of half days). May be negative in a balance.
 *
 * @serial exclude
 */
public record LeaveDays(long halves) implements Comparable<LeaveDays>, Serializable {

    /** No days. */
    public static final LeaveDays ZERO = new LeaveDays(0);

    /**
     * For example {@code of("2.5")}; refused with {@code personnel.leave_type.invalid} unless a multiple of
     * 0.5.
     *
     * @param days a multiple of 0.5
     * @return the days
     */
    public static LeaveDays of(BigDecimal days) {
        BigDecimal doubled = days.multiply(BigDecimal.valueOf(2));
        if (doubled.stripTrailingZeros().scale() > 0) {
            throw new RuleViolationException(PersonnelError.LEAVE_TYPE_INVALID, days + " is not a multiple of half a day.");
        }
        return new LeaveDays(doubled.longValueExact());
    }

    /**
     * Days from their text, for example {@code "2.5"}; a multiple of 0.5.
     *
     * @param days the days as a decimal string
     * @return the days
     */
    public static LeaveDays of(String days) {
        return of(new BigDecimal(days));
    }

    /**
     * Whole days.
     *
     * @param days the number of days
     * @return the days
     */
    public static LeaveDays ofWhole(long days) {
        return new LeaveDays(Math.multiplyExact(days, 2));
    }

    /**
     * The sum of both.
     *
     * @param other the days to add
     * @return the sum
     */
    public LeaveDays plus(LeaveDays other) {
        return new LeaveDays(Math.addExact(halves, other.halves));
    }

    /**
     * These days less the others; may be negative.
     *
     * @param other the days to take away
     * @return the difference
     */
    public LeaveDays minus(LeaveDays other) {
        return new LeaveDays(Math.subtractExact(halves, other.halves));
    }

    /**
     * Whether below zero.
     *
     * @return whether below zero
     */
    public boolean isNegative() {
        return halves < 0;
    }

    /**
     * Whether zero.
     *
     * @return whether zero
     */
    public boolean isZero() {
        return halves == 0;
    }

    /**
     * The days as a decimal with one decimal place, for example {@code 2.5}.
     *
     * @return the days
     */
    public BigDecimal days() {
        return BigDecimal.valueOf(halves * 5, 1);
    }

    /**
     * The smaller of both.
     *
     * @param other the other days
     * @return the smaller
     */
    public LeaveDays min(LeaveDays other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(LeaveDays other) {
        return Long.compare(halves, other.halves);
    }

    @Override
    public String toString() {
        return days().toPlainString() + " days";
    }
}
