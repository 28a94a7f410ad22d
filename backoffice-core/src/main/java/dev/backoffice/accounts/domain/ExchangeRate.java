package dev.backoffice.accounts.domain;

import dev.backoffice.common.RuleViolationException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A rate between two currencies as a source published it: {@code rate} units of {@code to} for one
 * unit of {@code from}, in force from {@code date}.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param rate the rate applied
 * @param date the date
 * @param source where the rate comes from, for example a central bank
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {

    /**
     * Requires every component; a rate of zero or less is refused with {@code ledger.currency.rate_missing}.
     *
     * @param from the currency converted from
     * @param to the currency converted into
     * @param rate the rate: units of the target currency per unit of the source currency
     * @param date the date
     * @param source where the rate comes from
     */
    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(date, "date");
        if (rate.signum() <= 0) {
            throw new RuleViolationException(LedgerError.CURRENCY_RATE_MISSING,
                    "An exchange rate from " + from + " to " + to + " must be greater than zero, not " + rate + ".");
        }
        if (source == null || source.isBlank() || source.length() > 64) {
            throw new IllegalArgumentException("a rate source is 1 to 64 characters");
        }
    }

    /**
     * The same rate read the other way round (to 16 significant digits).
     *
     * @return the inverse rate, from the target back to the source currency
     */
    public ExchangeRate inverse() {
        return new ExchangeRate(to, from, BigDecimal.ONE.divide(rate, MathContext.DECIMAL64), date, source);
    }
}
