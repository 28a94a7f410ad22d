package dev.backoffice.shipments.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of an inbound receipt: an item (by its stock id), the quantity expected in the item's base
 * unit, the supplier's unit cost per base unit (the cost the accepted goods enter stock at), and the
 * lot expected, or null.
 *
 * @param number   1, 2, ... in the receipt
 * @param item     the stock item's id
 * @param expected the quantity expected, in the item's base unit, above zero
 * @param unitCost the supplier's cost per base unit, zero or more
 * @param lot      the lot the supplier announced, or null
 * @serial exclude
 */
public record InboundLine(int number, UUID item, Quantity expected, Money unitCost, String lot)
        implements Serializable {

    /**
     * Refuses missing parts; the rules on quantities and costs are the receipt's.
     *
     * @param number   1, 2, ... in the receipt
     * @param item     the stock item's id
     * @param expected the quantity expected, in the item's base unit, above zero
     * @param unitCost the supplier's cost per base unit, zero or more
     * @param lot      the lot the supplier announced, or null
     */
    public InboundLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
