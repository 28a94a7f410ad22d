package dev.backoffice.shipments.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a shipment: a quantity of a stock item (by id), with its lot for a lot-tracked item
 * or one serial number per unit for a serial-tracked one. The stock context checks the item's
 * tracking when the shipment is confirmed.
 *
 * @param number   1, 2, ... in the shipment
 * @param item     the stock item's id
 * @param quantity how much, above zero, in any of the item's units
 * @param lot      the lot, or null; kept stripped
 * @param serials  one distinct serial number per unit, or none
 * @serial exclude
 */
public record ShipmentLine(int number, UUID item, Quantity quantity, String lot, List<String> serials)
        implements Serializable {

    /**
     * Checks the line and copies the serial numbers.
     *
     * @param number   1, 2, ... in the shipment
     * @param item     the stock item's id
     * @param quantity how much, above zero, in any of the item's units
     * @param lot      the lot, or null (blank counts as none)
     * @param serials  one distinct serial number per unit of a whole quantity, without a lot; or none
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.lines.invalid} when the
     *         quantity is not above zero; {@code shipments.line.serials_mismatch} when serial numbers are
     *         given that are not one distinct number per unit, or with a lot
     */
    public ShipmentLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        if (!quantity.isPositive()) {
            throw new RuleViolationException(ShipmentsError.LINES_INVALID,
                    "Line " + number + " needs a quantity above zero.");
        }
        lot = lot == null || lot.isBlank() ? null : lot.strip();
        serials = serials == null ? List.of() : List.copyOf(serials);
        if (!serials.isEmpty() && (lot != null || !quantity.isWhole()
                || quantity.value().compareTo(BigDecimal.valueOf(serials.size())) != 0
                || new HashSet<>(serials).size() != serials.size())) {
            throw new RuleViolationException(ShipmentsError.SERIALS_MISMATCH, "Line " + number
                    + " lists serial numbers: one distinct number per unit of its quantity, and no lot.");
        }
    }
}
