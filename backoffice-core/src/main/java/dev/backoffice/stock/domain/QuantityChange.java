package dev.backoffice.stock.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change to one {@link StockQuant} row: amounts to add to its on-hand and reserved quantities
 * (either may be negative or zero), and the {@link QuantityGuard} the row must keep.
 */
public record QuantityChange(ItemId item, LocationId location, String lot, BigDecimal onHand, BigDecimal reserved,
                             QuantityGuard guard) {

    /**
     * Checks the change's values.
     *
     * @param item     the stock item
     * @param location the row's location
     * @param lot      the row's lot code, serial number or {@link StockQuant#NO_LOT}
     * @param onHand   the on-hand delta, in the base unit
     * @param reserved the reserved delta, in the base unit
     * @param guard    what the row must keep after the change
     */
    public QuantityChange {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(guard, "guard");
    }

    /**
     * A change of the on-hand quantity only.
     *
     * @param item     the stock item
     * @param location the row's location
     * @param lot      the row's lot code, serial number or {@link StockQuant#NO_LOT}
     * @param delta    the on-hand delta, in the base unit
     * @param guard    what the row must keep after the change
     * @return the change
     */
    public static QuantityChange onHand(ItemId item, LocationId location, String lot, BigDecimal delta, QuantityGuard guard) {
        return new QuantityChange(item, location, lot, delta, BigDecimal.ZERO, guard);
    }

    /**
     * A change of the reserved quantity only, guarded so that available never goes negative.
     *
     * @param item     the stock item
     * @param location the row's location
     * @param lot      the row's lot code, serial number or {@link StockQuant#NO_LOT}
     * @param delta    the reserved delta, in the base unit
     * @return the change
     */
    public static QuantityChange reserved(ItemId item, LocationId location, String lot, BigDecimal delta) {
        return new QuantityChange(item, location, lot, BigDecimal.ZERO, delta, QuantityGuard.AVAILABLE_NOT_NEGATIVE);
    }
}
