package dev.backoffice.shipments.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;

/**
 * One package of a packed shipment: its box type, its gross weight, and its outer dimensions
 * (length, width, height, in one unit). Exact quantities, never {@code double}.
 */
public record ShipmentPackage(int number, String boxType, Quantity weight, Quantity length, Quantity width,
                              Quantity height) implements Serializable {

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
        if (!length.hasUnit(width.unit()) || !length.hasUnit(height.unit())) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID,
                    "The dimensions of package " + number + " are in one unit.");
        }
    }
}
