package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a journal line is worth in the tenant's functional currency, and how that was found: the
 * amount (zero or more, on the line's side), the rate applied (functional units per unit of the
 * line's currency), the date the rate was published for and its source (a rate feed's name,
 * {@value #FUNCTIONAL} when the line is in the functional currency already, {@value #GIVEN} when
 * the caller stated the equivalent).
 *
 * @param amount the amount
 * @param rate the rate applied
 * @param rateDate the date of the rate
 * @param rateSource where the rate came from
 */
public record FunctionalEquivalent(Money amount, BigDecimal rate, LocalDate rateDate, String rateSource) {

    /** The source of the equivalent of a line already in the functional currency (rate 1). */
    public static final String FUNCTIONAL = "functional";
    /** The source of an equivalent the caller stated (a bank's settled amount, a revaluation). */
    public static final String GIVEN = "given";

    private static final int MAX_SOURCE = 64;
    /** The scale rates are kept at. */
    public static final int RATE_SCALE = 12;

    /**
     * Requires every component; a negative amount is refused with {@code ledger.line.amount_not_positive}.
     *
     * @param amount the amount
     * @param rate the rate: units of the target currency per unit of the source currency
     * @param rateDate the date of the rate used
     * @param rateSource where the rate came from
     */
    public FunctionalEquivalent {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rateDate, "rateDate");
        if (amount.isNegative()) {
            throw new RuleViolationException(LedgerError.LINE_AMOUNT_NOT_POSITIVE,
                    "A functional equivalent is never negative, not " + amount + "; the line's side says the direction.");
        }
        if (rate.signum() < 0) {
            throw new RuleViolationException(LedgerError.CURRENCY_RATE_MISSING, "An exchange rate is positive, not " + rate + ".");
        }
        if (rateSource == null || rateSource.isBlank() || rateSource.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("a rate source is 1 to " + MAX_SOURCE + " characters");
        }
        rate = rate.setScale(RATE_SCALE, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
    }

    /**
     * The equivalent of an amount in the functional currency itself.
     *
     * @param amount an amount in the functional currency
     * @param date   the date of the valuation
     * @return the equivalent, at rate 1
     */
    public static FunctionalEquivalent ofFunctional(Money amount, LocalDate date) {
        return new FunctionalEquivalent(amount, BigDecimal.ONE, date, FUNCTIONAL);
    }

    /**
     * An equivalent the caller stated for a line amount; its rate is the quotient (zero for a line
     * whose own amount is zero, such as a revaluation).
     *
     * @param lineAmount the line's own amount
     * @param functional its value in the functional currency
     * @param date       the date of the valuation
     * @return the equivalent
     */
    public static FunctionalEquivalent given(Money lineAmount, Money functional, LocalDate date) {
        BigDecimal rate = lineAmount.isZero() ? BigDecimal.ZERO
                : functional.amount().divide(lineAmount.amount(), RATE_SCALE, java.math.RoundingMode.HALF_EVEN);
        return new FunctionalEquivalent(functional, rate, date, GIVEN);
    }

    /**
     * The same rate on another amount (a partial posting keeps the rate, not the amount).
     *
     * @param newAmount the other amount, in the same currency
     * @return the equivalent of the other amount
     */
    public FunctionalEquivalent withAmount(Money newAmount) {
        return new FunctionalEquivalent(newAmount, rate, rateDate, rateSource);
    }
}
