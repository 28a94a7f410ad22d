package dev.backoffice.common;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact quantity of something in a unit of measure, such as {@code 12 pc}, {@code 2.5 kg} or
 * {@code 3 box}. The unit travels with the number: adding or comparing quantities in two units is
 * refused with {@code quantity.unit_mismatch}; converting between units is the business of whoever
 * knows the conversions (a stock item knows that a box holds 12 pieces).
 *
 * <p>The number is a {@link BigDecimal} with at most {@value #MAX_SCALE} decimals and
 * {@value #MAX_INTEGER_DIGITS} digits before the point (it fits a {@code NUMERIC(24,6)} column), kept
 * without trailing zeros, so {@code 2.50 kg} equals {@code 2.5 kg}. No {@code double} ever.
 *
 * @param value the number, negative for a decrease
 * @param unit  the unit code: a letter, then up to 15 letters, digits, {@code _}, {@code .} or {@code -}
 * @serial exclude
 */
public record Quantity(BigDecimal value, String unit) implements Comparable<Quantity>, Serializable {

    /** The most decimals a quantity has. */
    public static final int MAX_SCALE = 6;
    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    private static final Pattern UNIT = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,15}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * Refuses a missing number with {@code quantity.malformed}, a bad unit with {@code quantity.unit_invalid},
     * too many decimals with {@code quantity.too_precise} and too many digits with {@code quantity.overflow};
     * strips trailing zeros.
     *
     * @param value the number, required
     * @param unit  the unit code, required
     */
    public Quantity {
        if (value == null) {
            throw new BackOfficeException(QuantityError.MALFORMED, "A quantity needs a number.");
        }
        requireUnit(unit);
        value = normalized(value);
    }

    /**
     * The exact quantity; refused with {@code quantity.too_precise} beyond {@value #MAX_SCALE} decimals.
     *
     * @param value the number
     * @param unit  the unit code, for example {@code kg}
     * @return the quantity
     */
    public static Quantity of(BigDecimal value, String unit) {
        return new Quantity(value, unit);
    }

    /**
     * A whole number of units.
     *
     * @param value the whole number
     * @param unit  the unit code, for example {@code pcs}
     * @return the quantity
     */
    public static Quantity of(long value, String unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /**
     * Parses a number such as {@code "2.5"}; refused with {@code quantity.malformed} when it is not one.
     *
     * @param value the decimal text, at most 40 characters
     * @param unit  the unit code
     * @return the quantity
     */
    public static Quantity of(String value, String unit) {
        if (value == null || value.isBlank() || value.length() > 40 || !NUMBER.matcher(value.strip()).matches()) {
            throw new BackOfficeException(QuantityError.MALFORMED, "'" + abbreviated(value) + "' is not a decimal number.");
        }
        return new Quantity(new BigDecimal(value.strip()), unit);
    }

    /**
     * Nothing of a unit.
     *
     * @param unit the unit code
     * @return zero in that unit
     */
    public static Quantity zero(String unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    /**
     * Whether a unit code is well formed (a letter, then up to 15 letters, digits, '_', '.' or '-').
     *
     * @param unit the text to check, may be null
     * @return true when it can be used as a unit
     */
    public static boolean isUnitCode(String unit) {
        return unit != null && UNIT.matcher(unit).matches();
    }

    private static void requireUnit(String unit) {
        if (!isUnitCode(unit)) {
            throw new BackOfficeException(QuantityError.UNIT_INVALID, "'" + abbreviated(unit)
                    + "' is not a unit code: a letter, then up to 15 letters, digits, '_', '.' or '-'.");
        }
    }

    private static BigDecimal normalized(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new BackOfficeException(QuantityError.OVERFLOW,
                    "A quantity has at most " + MAX_INTEGER_DIGITS + " digits before the decimal point.");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new BackOfficeException(QuantityError.TOO_PRECISE,
                    "The quantity " + value.toPlainString() + " has more than " + MAX_SCALE + " decimals.");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** {@return -1, 0 or 1 as the number is negative, zero or positive} */
    public int signum() {
        return value.signum();
    }

    /** {@return whether the number is zero} */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /** {@return whether the number is above zero} */
    public boolean isPositive() {
        return value.signum() > 0;
    }

    /** {@return whether the number is below zero} */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Whether the number has no fractional part.
     *
     * @return true for {@code 3} or {@code 3.0}, false for {@code 2.5}
     */
    public boolean isWhole() {
        return value.scale() <= 0;
    }

    /**
     * Whether this quantity is in a unit.
     *
     * @param other a unit code
     * @return whether this quantity is in that unit
     */
    public boolean hasUnit(String other) {
        return unit.equals(other);
    }

    /**
     * The sum; refused with {@code quantity.unit_mismatch} for another unit, {@code quantity.overflow} past the
     * range.
     *
     * @param other a quantity in the same unit
     * @return this plus other
     */
    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(value.add(other.value), unit);
    }

    /**
     * The difference; refused with {@code quantity.unit_mismatch} for another unit.
     *
     * @param other a quantity in the same unit
     * @return this minus other
     */
    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(value.subtract(other.value), unit);
    }

    /** {@return the quantity with the opposite sign} */
    public Quantity negate() {
        return new Quantity(value.negate(), unit);
    }

    /**
     * The same number in another unit: for conversions a caller has computed itself.
     *
     * @param otherUnit the unit code of the result
     * @return the same number in {@code otherUnit}
     */
    public Quantity in(String otherUnit) {
        return new Quantity(value, otherUnit);
    }

    /**
     * The smaller of two quantities in one unit; refused with {@code quantity.unit_mismatch} otherwise.
     *
     * @param other a quantity in the same unit
     * @return this or other, whichever is smaller (this when equal)
     */
    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Refused with {@code quantity.unit_mismatch} for another unit.
     *
     * @param other a quantity in the same unit
     * @return whether this quantity is larger
     */
    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    /**
     * Refused with {@code quantity.unit_mismatch} for another unit.
     *
     * @param other a quantity in the same unit
     * @return whether this quantity is smaller
     */
    public boolean isLessThan(Quantity other) {
        return compareTo(other) < 0;
    }

    /** Orders quantities of the same unit; refused with {@code quantity.unit_mismatch} across units. */
    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return value.compareTo(other.value);
    }

    private void requireSameUnit(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (!unit.equals(other.unit)) {
            throw new BackOfficeException(QuantityError.UNIT_MISMATCH,
                    "Quantities in " + unit + " and " + other.unit + " cannot be combined.");
        }
    }

    /** For example {@code 2.5 kg}. */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
