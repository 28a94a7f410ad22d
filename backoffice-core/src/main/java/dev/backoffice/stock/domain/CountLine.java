package dev.backoffice.stock.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What was counted of one item and lot in the counted location, in the item's base unit. When the
 * count is posted, {@code onHand} is what the books said and {@code adjustment} the move that
 * posted the variance (null when there was none).
 *
 * @param lot    the lot or serial number, {@link StockQuant#NO_LOT} for an untracked item
 * @param reason why the books were wrong, given to the adjustment
 */
public record CountLine(ItemId item, String lot, String unit, BigDecimal counted, AdjustmentReason reason,
                        BigDecimal onHand, MoveId adjustment) {

    /**
     * Checks the line's values.
     *
     * @param item       the counted item
     * @param lot        the lot code, serial number or {@link StockQuant#NO_LOT}
     * @param unit       the item's base unit
     * @param counted    what was counted, in the base unit
     * @param reason     why the books are wrong, used when the variance is posted
     * @param onHand     what the books said when the count was posted; null before
     * @param adjustment the move that posted the variance; null before posting or when there was none
     */
    public CountLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Counted less what the books said; null before posting.
     *
     * @return the variance in the base unit, or null
     */
    public BigDecimal variance() {
        return onHand == null ? null : counted.subtract(onHand);
    }

    boolean isFor(ItemId otherItem, String otherLot) {
        return item.equals(otherItem) && lot.equals(otherLot);
    }
}
