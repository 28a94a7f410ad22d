package dev.backoffice.stock.domain;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The units an item is counted in: one base unit, in which its stock is kept, with the number of
 * decimals a base quantity may have (0 for pieces, 3 for kilograms counted to the gram), and
 * other units with their size in base units (a {@code box} of 12 {@code pc}; a {@code g} of
 * 0.001 {@code kg}).
 *
 * @param base        the unit stock is kept in
 * @param decimals    how many decimals a quantity in the base unit may have, 0 to {@value Quantity#MAX_SCALE}
 * @param conversions other units and how many base units one of them is (greater than zero)
 * @serial exclude
 */
public record UnitOfMeasure(String base, int decimals, Map<String, BigDecimal> conversions) implements Serializable {

    /** The most other units an item may have. */
    public static final int MAX_CONVERSIONS = 16;

    /**
     * Checks the units and copies the conversions.
     *
     * @param base        the unit stock is kept in
     * @param decimals    how many decimals a quantity in the base unit may have, 0 to
     *                    {@value Quantity#MAX_SCALE}
     * @param conversions other units and how many base units one of them is (greater than zero)
     */
    public UnitOfMeasure {
        if (!Quantity.isUnitCode(base)) {
            throw invalid("'" + base + "' is not a unit code.");
        }
        if (decimals < 0 || decimals > Quantity.MAX_SCALE) {
            throw invalid("A base unit has 0 to " + Quantity.MAX_SCALE + " decimals.");
        }
        conversions = conversions == null ? Map.of() : conversions;
        if (conversions.size() > MAX_CONVERSIONS) {
            throw invalid("An item has at most " + MAX_CONVERSIONS + " other units.");
        }
        TreeMap<String, BigDecimal> checked = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> conversion : conversions.entrySet()) {
            String unit = conversion.getKey();
            BigDecimal factor = conversion.getValue();
            if (!Quantity.isUnitCode(unit) || unit.equals(base)) {
                throw invalid("'" + unit + "' is not a unit code of its own.");
            }
            if (factor == null || factor.signum() <= 0) {
                throw invalid("One " + unit + " must be more than zero " + base + ".");
            }
            try {
                checked.put(unit, Quantity.of(factor, base).value());
            } catch (BackOfficeException e) {
                throw invalid("The size of one " + unit + " in " + base + " is out of range: " + e.getMessage());
            }
        }
        conversions = java.util.Collections.unmodifiableMap(checked);
    }

    /**
     * A base unit whose quantities are whole numbers, without other units.
     *
     * @param base the base unit
     * @return the units
     */
    public static UnitOfMeasure of(String base) {
        return new UnitOfMeasure(base, 0, Map.of());
    }

    /**
     * A base unit with the given number of decimals, without other units.
     *
     * @param base     the base unit
     * @param decimals 0 to 6
     * @return the units
     */
    public static UnitOfMeasure of(String base, int decimals) {
        return new UnitOfMeasure(base, decimals, Map.of());
    }

    /**
     * The same units and one more: one {@code unit} is {@code baseUnits} of the base unit.
     *
     * @param unit      the new unit
     * @param baseUnits how many base units one of it is, as a decimal string
     * @return a copy with that unit
     */
    public UnitOfMeasure with(String unit, String baseUnits) {
        Map<String, BigDecimal> more = new TreeMap<>(conversions);
        try {
            more.put(unit, new BigDecimal(baseUnits));
        } catch (NumberFormatException | NullPointerException e) {
            throw invalid("'" + baseUnits + "' is not a number of " + base + ".");
        }
        return new UnitOfMeasure(base, decimals, more);
    }

    /**
     * Whether a quantity in this unit can be converted.
     *
     * @param unit a unit name
     * @return true for the base unit and every unit with a conversion
     */
    public boolean knows(String unit) {
        return base.equals(unit) || conversions.containsKey(unit);
    }

    /**
     * The quantity in the base unit. Refused with {@code stock.unit.unknown} for a unit the item
     * does not know, and with {@code stock.quantity.too_precise} when the result has more decimals
     * than the base unit allows (half a piece).
     *
     * @param quantity in any known unit
     * @return the quantity in the base unit
     */
    public Quantity toBase(Quantity quantity) {
        BigDecimal factor;
        if (quantity.hasUnit(base)) {
            factor = BigDecimal.ONE;
        } else {
            factor = conversions.get(quantity.unit());
            if (factor == null) {
                throw new RuleViolationException(StockError.UNIT_UNKNOWN,
                        "The unit " + quantity.unit() + " is not one of this item's units (" + base
                                + (conversions.isEmpty() ? "" : ", " + String.join(", ", conversions.keySet())) + ").");
            }
        }
        BigDecimal value = quantity.value().multiply(factor);
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new RuleViolationException(StockError.QUANTITY_TOO_PRECISE,
                    quantity + " is " + value.stripTrailingZeros().toPlainString() + " " + base + ", finer than "
                            + (decimals == 0 ? "whole " + base : decimals + " decimals of " + base) + ".");
        }
        return Quantity.of(value, base);
    }

    private static RuleViolationException invalid(String message) {
        return new RuleViolationException(StockError.UNIT_INVALID, message);
    }
}
