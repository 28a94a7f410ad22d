package dev.backoffice.stock.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The quantity of an item in one location and lot, in the item's base unit: what is on hand, and
 * how much of it is reserved for demands. In a virtual location on hand is the negative of what the
 * location gave (a supplier) or the positive of what it took (a customer).
 *
 * @param lot        the lot code or serial number; {@link #NO_LOT} for an untracked item
 * @param receivedAt when the row was first created (the first stock into this location and lot)
 */
public record StockQuant(ItemId item, LocationId location, String lot, BigDecimal onHand, BigDecimal reserved,
                         Instant receivedAt) {

    /** The lot of every row of an untracked item. */
    public static final String NO_LOT = "";

    /**
     * Checks the row's values.
     *
     * @param item       the stock item
     * @param location   the location
     * @param lot        the lot code or serial number; {@link #NO_LOT} for an untracked item
     * @param onHand     what is there, in the base unit; negative in a virtual location
     * @param reserved   what reservations hold of it
     * @param receivedAt when stock first came into the row
     */
    public StockQuant {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * On hand less reserved.
     *
     * @return on hand less reserved, in the base unit
     */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    /**
     * This row with a change applied.
     *
     * @param change the on-hand and reserved deltas
     * @return the new row; this one is unchanged
     */
    public StockQuant plus(QuantityChange change) {
        return new StockQuant(item, location, lot, onHand.add(change.onHand()), reserved.add(change.reserved()), receivedAt);
    }
}
