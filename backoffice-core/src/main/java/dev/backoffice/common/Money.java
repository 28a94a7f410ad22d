package dev.backoffice.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount is held as a whole number of the currency's minor unit (cents for EUR, yen for
 * JPY, fils for KWD), so arithmetic is exact and fast and {@code 2.0 EUR} equals {@code 2.00 EUR}.
 * An amount with more decimals than the currency allows is refused with
 * {@code money.too_precise} unless a {@link RoundingMode} is given. Combining two currencies
 * fails with {@code money.currency_mismatch}. {@link #allocate(long...)} splits an amount by
 * ratios without losing or creating a minor unit.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The rounding used where a method rounds without being told how: banker's rounding. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    /** The amount in minor units of the currency. */
    private final long minor;
    /** The currency, one with a minor unit (ISO 4217 default fraction digits of 0 or more). */
    private final Currency currency;

    private Money(long minor, Currency currency) {
        this.minor = minor;
        this.currency = currency;
    }

    /**
     * An amount given in minor units, for example {@code ofMinor(1250, EUR)} is 12.50 EUR.
     *
     * @param minorUnits the whole number of minor units, negative for a debt or refund
     * @param currency   the currency; refused with {@code money.unsupported_currency} when it has no minor unit
     * @return the amount
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, checked(currency));
    }

    /** Zero in each currency asked for so far: money is immutable, so one zero per currency is shared. */
    private static final java.util.concurrent.ConcurrentMap<Currency, Money> ZEROS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Zero in the given currency.
     *
     * @param currency the currency; refused with {@code money.unsupported_currency} when it has no minor unit
     * @return zero of that currency (a shared instance)
     */
    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money zero = ZEROS.get(currency);
        if (zero == null) {
            zero = new Money(0, checked(currency));
            Money earlier = ZEROS.putIfAbsent(currency, zero);
            if (earlier != null) {
                zero = earlier;
            }
        }
        return zero;
    }

    /**
     * The exact amount; refused with {@code money.too_precise} if it has too many decimals.
     *
     * @param amount   the decimal amount, for example {@code 12.50}
     * @param currency the currency
     * @return the amount; refused with {@code money.overflow} beyond the range of a {@code long} of minor units
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return of(amount, currency, RoundingMode.UNNECESSARY);
    }

    /**
     * The amount rounded to the currency's minor unit with the given rounding.
     * Refused with {@code money.overflow} beyond the range of a {@code long} of minor units.
     *
     * @param amount   the decimal amount
     * @param currency the currency
     * @param rounding how to round to the minor unit; {@link RoundingMode#UNNECESSARY} refuses with {@code
     *     money.too_precise} instead
     * @return the rounded amount
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        Currency checkedCurrency = checked(currency);
        int scale = checkedCurrency.getDefaultFractionDigits();
        // refuse absurd magnitudes and scales before setScale, which would build enormous numbers
        if (amount.signum() != 0 && amount.precision() - amount.scale() > 19) {
            throw overflow(amount.toString() + " " + checkedCurrency.getCurrencyCode());
        }
        if (amount.scale() > 1000 && amount.stripTrailingZeros().scale() > 1000 && rounding == RoundingMode.UNNECESSARY) {
            throw new BackOfficeException(CommonError.MONEY_TOO_PRECISE,
                    "The amount has far more decimals than " + checkedCurrency.getCurrencyCode() + " allows.");
        }
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale, rounding);
        } catch (ArithmeticException e) {
            throw new BackOfficeException(CommonError.MONEY_TOO_PRECISE,
                    "The amount " + amount.toPlainString() + " has more than " + scale
                            + " decimals, the most " + checkedCurrency.getCurrencyCode() + " allows.");
        }
        BigDecimal unscaled = scaled.movePointRight(scale);
        if (unscaled.compareTo(MAX) > 0 || unscaled.compareTo(MIN) < 0) {
            throw overflow(amount.toPlainString() + " " + checkedCurrency.getCurrencyCode());
        }
        return new Money(unscaled.longValueExact(), checkedCurrency);
    }

    /**
     * Parses an amount such as {@code "12.50"} in a currency such as {@code "EUR"}.
     * Refused with {@code money.malformed} when the text is not a plain decimal, {@code
     * money.unsupported_currency} for an unknown code.
     *
     * @param amount       the decimal text, at most 40 characters, optional sign, a point as separator
     * @param currencyCode the ISO 4217 code, for example {@code EUR}
     * @return the amount
     */
    public static Money of(String amount, String currencyCode) {
        return of(parse(amount), currency(currencyCode));
    }

    /**
     * Parses an amount such as {@code "12.50"} in the given currency.
     *
     * @param amount   the decimal text, at most 40 characters, optional sign, a point as separator
     * @param currency the currency
     * @return the amount; refused with {@code money.malformed} or {@code money.too_precise}
     */
    public static Money of(String amount, Currency currency) {
        return of(parse(amount), currency);
    }

    /**
     * The amount in a currency given by ISO 4217 code.
     *
     * @param amount       the decimal amount
     * @param currencyCode the ISO 4217 code, for example {@code EUR}
     * @return the exact amount; refused with {@code money.too_precise} if it has too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, currency(currencyCode));
    }

    /**
     * The currency for an ISO 4217 code; refused with {@code money.unsupported_currency} when the
     * code is unknown or the currency has no minor unit (precious metals, XXX).
     *
     * @param currencyCode the code, case-insensitive, surrounding blanks ignored
     * @return the currency
     */
    public static Currency currency(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            throw new BackOfficeException(CommonError.MONEY_UNSUPPORTED_CURRENCY, "A currency code is required.");
        }
        try {
            return checked(Currency.getInstance(currencyCode.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BackOfficeException(CommonError.MONEY_UNSUPPORTED_CURRENCY,
                    "'" + currencyCode + "' is not an ISO 4217 currency code.");
        }
    }

    private static Currency checked(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new BackOfficeException(CommonError.MONEY_UNSUPPORTED_CURRENCY,
                    currency.getCurrencyCode() + " has no minor unit and cannot be used for money amounts.");
        }
        return currency;
    }

    private static BigDecimal parse(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new BackOfficeException(CommonError.MONEY_MALFORMED, "An amount is required.");
        }
        String text = amount.strip();
        if (text.length() > 40) {
            throw new BackOfficeException(CommonError.MONEY_MALFORMED, "The amount text is too long.");
        }
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new BackOfficeException(CommonError.MONEY_MALFORMED,
                    "'" + shorten(text) + "' is not a decimal amount such as 12.50.");
        }
        return new BigDecimal(text);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static BackOfficeException overflow(String what) {
        return new BackOfficeException(CommonError.MONEY_OVERFLOW,
                "The amount " + what + " is outside the range the library can hold exactly.");
    }

    /**
     * The amount as a decimal with exactly the currency's number of decimals.
     *
     * @return the amount, for example {@code 12.50} for EUR
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /**
     * The amount in minor units (cents for EUR).
     *
     * @return the minor units, negative for a negative amount
     */
    public long minorUnits() {
        return minor;
    }

    /** {@return the currency of the amount} */
    public Currency currency() {
        return currency;
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return minor == 0;
    }

    /** {@return whether the amount is above zero} */
    public boolean isPositive() {
        return minor > 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return minor < 0;
    }

    /**
     * The sum; refused with {@code money.currency_mismatch} for another currency, {@code money.overflow} past
     * the range.
     *
     * @param other an amount of the same currency
     * @return this plus other
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        // money is immutable: adding zero hands back the other amount itself rather than a new equal one
        if (other.minor == 0) {
            return this;
        }
        if (minor == 0) {
            return other;
        }
        try {
            return new Money(Math.addExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " + " + other);
        }
    }

    /**
     * The difference; refused with {@code money.currency_mismatch} for another currency, {@code money.overflow}
     * past the range.
     *
     * @param other an amount of the same currency
     * @return this minus other
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " - " + other);
        }
    }

    /** {@return the amount with the opposite sign} */
    public Money negate() {
        if (minor == Long.MIN_VALUE) {
            throw overflow("-(" + this + ")");
        }
        return new Money(-minor, currency);
    }

    /** {@return the amount without its sign} */
    public Money abs() {
        return minor < 0 ? negate() : this;
    }

    /**
     * This amount times a whole number.
     *
     * @param factor the multiplier, negative to flip the sign
     * @return the product; refused with {@code money.overflow} past the range
     */
    public Money times(long factor) {
        try {
            return new Money(Math.multiplyExact(minor, factor), currency);
        } catch (ArithmeticException e) {
            throw overflow(this + " x " + factor);
        }
    }

    /**
     * This amount times a decimal factor, rounded HALF_EVEN to the minor unit.
     *
     * @param factor the multiplier, for example a tax rate {@code 0.21}
     * @return the rounded product
     */
    public Money times(BigDecimal factor) {
        return times(factor, DEFAULT_ROUNDING);
    }

    /**
     * This amount times a decimal factor, rounded to the minor unit as asked.
     *
     * @param factor   the multiplier
     * @param rounding how to round to the minor unit
     * @return the rounded product; {@link RoundingMode#UNNECESSARY} refuses a product that needs rounding with
     *     {@code money.too_precise}
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        return of(amount().multiply(factor), currency, rounding);
    }

    /**
     * Splits this amount into parts proportional to the ratios, losing no minor unit: the parts
     * add up to exactly this amount. The minor units left over by rounding down go one at a time to
     * the parts with the largest rounding remainders (ties to the earlier part), so each part is
     * less than one minor unit away from its exact share.
     * Refused with {@code money.invalid_allocation} when there is no ratio, a negative one, or they add up to
     * zero.
     *
     * @param ratios the shares, zero or positive, for example {@code 1, 1, 1} for thirds
     * @return one part per ratio, in the order of the ratios
     */
    public List<Money> allocate(long... ratios) {
        if (ratios == null || ratios.length == 0) {
            throw new BackOfficeException(CommonError.MONEY_INVALID_ALLOCATION, "At least one ratio is required.");
        }
        BigInteger total = BigInteger.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new BackOfficeException(CommonError.MONEY_INVALID_ALLOCATION, "Ratios cannot be negative.");
            }
            total = total.add(BigInteger.valueOf(ratio));
        }
        if (total.signum() == 0) {
            throw new BackOfficeException(CommonError.MONEY_INVALID_ALLOCATION, "The ratios add up to zero.");
        }
        BigInteger whole = BigInteger.valueOf(minor);
        long[] parts = new long[ratios.length];
        BigInteger[] fractions = new BigInteger[ratios.length];
        long remainder = minor;
        for (int i = 0; i < ratios.length; i++) {
            // floor division keeps every share at or below its exact value, for negative amounts too
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
            BigInteger share = qr[0];
            BigInteger fraction = qr[1];
            if (fraction.signum() < 0) {
                share = share.subtract(BigInteger.ONE);
                fraction = fraction.add(total);
            }
            parts[i] = share.longValueExact();
            fractions[i] = fraction;
            remainder -= parts[i];
        }
        // largest remainder: the minor units left over go to the parts that lost the most to rounding
        // down (ties to the earlier part), so every part stays within one minor unit of its exact share
        Integer[] order = new Integer[parts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> fractions[b].compareTo(fractions[a]));
        for (int k = 0; remainder > 0; k++, remainder--) {
            parts[order[k]]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(part, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits this amount into {@code parts} equal parts, losing no minor unit.
     * The first parts get the extra minor units: 10.00 EUR in 3 is 3.34, 3.33, 3.33.
     *
     * @param parts how many parts, positive; refused with {@code money.invalid_allocation} otherwise
     * @return the parts, largest first
     */
    public List<Money> split(int parts) {
        if (parts <= 0) {
            throw new BackOfficeException(CommonError.MONEY_INVALID_ALLOCATION, "The number of parts must be positive.");
        }
        long[] ratios = new long[parts];
        java.util.Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    /**
     * Refused with {@code money.currency_mismatch} for another currency.
     *
     * @param other an amount of the same currency
     * @return whether this amount is larger
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Refused with {@code money.currency_mismatch} for another currency.
     *
     * @param other an amount of the same currency
     * @return whether this amount is smaller
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Whether two amounts can be combined.
     *
     * @param other another amount
     * @return whether both amounts are in the same currency, so that they can be combined
     */
    public boolean hasSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new BackOfficeException(CommonError.MONEY_CURRENCY_MISMATCH,
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode() + ".");
        }
    }

    /** Orders amounts of one currency; comparing two currencies fails with {@code money.currency_mismatch}. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && minor == other.minor && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(minor) * 31 + currency.hashCode();
    }

    /** For example {@code EUR 12.50}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount().toPlainString();
    }
}
