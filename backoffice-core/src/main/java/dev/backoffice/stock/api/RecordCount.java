package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.ItemId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Records what was counted of an item (and lot or serial number) in the counted location,
 * replacing an earlier record of the same item and lot.
 *
 * @param counted in any of the item's units, zero or more
 * @param reason  why the books are wrong, if they are; {@code MISCOUNTED} when null
 */
public record RecordCount(@NotNull CountId count, @NotNull ItemId item,
                          @Size(max = 64) @Pattern(regexp = NewStockMove.CODE, message = NewStockMove.CODE_MESSAGE) String lot,
                          @NotNull Quantity counted, AdjustmentReason reason) {

    /**
     * What was counted of an untracked item, as a miscount if it differs from the books.
     *
     * @param count   the open count
     * @param item    the counted item
     * @param counted in any of the item's units, zero or more
     * @return the command
     */
    public static RecordCount of(CountId count, ItemId item, Quantity counted) {
        return new RecordCount(count, item, null, counted, null);
    }

    /**
     * The lot or serial number counted.
     *
     * @param code the lot code or serial number
     * @return a copy of this command for that lot
     */
    public RecordCount lot(String code) {
        return new RecordCount(count, item, code, counted, reason);
    }

    /**
     * Why the books are wrong.
     *
     * @param why the reason the variance is posted with
     * @return a copy of this command with that reason
     */
    public RecordCount because(AdjustmentReason why) {
        return new RecordCount(count, item, lot, counted, why);
    }
}
