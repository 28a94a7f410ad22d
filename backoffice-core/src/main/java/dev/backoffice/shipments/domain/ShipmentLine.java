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
 */
public record ShipmentLine(int number, UUID item, Quantity quantity, String lot, List<String> serials)
        implements Serializable {

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
