package dev.backoffice.shipments.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.util.Set;

/**
 * One package of a packed shipment: its box type, its gross weight (in {@code kg}, {@code g},
 * {@code lb} or {@code oz}), and its outer dimensions (length, width, height, in one of {@code mm},
 * {@code cm}, {@code m} or {@code in}). Exact quantities, never {@code double}.
 *
 * @param number  1, 2, ... in the shipment
 * @param boxType the kind of box, 1 to 40 characters
 * @param weight  the gross weight, above zero
 * @param length  the outer length, above zero
 * @param width   the outer width, above zero, in the unit of the length
 * @param height  the outer height, above zero, in the unit of the length
 * @serial exclude
 */
public record ShipmentPackage(int number, String boxType, Quantity weight, Quantity length, Quantity width,
                              Quantity height) implements Serializable {

    /** The units a package is weighed in. */
    public static final Set<String> WEIGHT_UNITS = Set.of("kg", "g", "lb", "oz");
    /** The units a package is measured in. */
    public static final Set<String> LENGTH_UNITS = Set.of("mm", "cm", "m", "in");

    /**
     * Checks the package.
     *
     * @param number  1, 2, ... in the shipment
     * @param boxType the kind of box, 1 to 40 characters (kept stripped)
     * @param weight  the gross weight, above zero
     * @param length  the outer length, above zero
     * @param width   the outer width, above zero, in the unit of the length
     * @param height  the outer height, above zero, in the unit of the length
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.package.invalid} without a
     *         box type, with a weight or dimension of zero or less, with dimensions in two units, or
     *         weighed or measured in another unit than those above
     */
    public ShipmentPackage {
        if (number < 1) {
            throw new IllegalArgumentException("package numbers start at 1");
        }
        boxType = boxType == null ? null : boxType.strip();
        if (boxType == null || boxType.isEmpty() || boxType.length() > 40) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID,
                    "Package " + number + " needs a box type of 1 to 40 characters.");
        }
        for (Quantity measure : new Quantity[] {weight, length, width, height}) {
            if (measure == null || !measure.isPositive()) {
                throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID,
                        "Package " + number + " needs a weight and dimensions above zero.");
            }
        }
        if (!WEIGHT_UNITS.contains(weight.unit())) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID, "Package " + number
                    + " is weighed in kg, g, lb or oz, not in " + weight.unit() + ".");
        }
        if (!LENGTH_UNITS.contains(length.unit())) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID, "Package " + number
                    + " is measured in mm, cm, m or in, not in " + length.unit() + ".");
        }
        if (!length.hasUnit(width.unit()) || !length.hasUnit(height.unit())) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID,
                    "The dimensions of package " + number + " are in one unit.");
        }
    }
}
