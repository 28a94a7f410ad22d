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

    public CountLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(reason, "reason");
    }

    /** Counted less what the books said; null before posting. */
    public BigDecimal variance() {
        return onHand == null ? null : counted.subtract(onHand);
    }

    boolean isFor(ItemId otherItem, String otherLot) {
        return item.equals(otherItem) && lot.equals(otherLot);
    }
}
