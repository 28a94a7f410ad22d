package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.MoveStatus;
import dev.backoffice.stock.domain.StockMove;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stock move. {@code quantity} is as given; {@code baseQuantity} in the item's base unit.
 * Optional parts are null when absent.
 */
public record StockMoveSnapshot(MoveId id, MoveKind kind, ItemId item, LocationId from, LocationId to,
                                Quantity quantity, Quantity baseQuantity, String lot, LocalDate expiry,
                                List<String> serials, AdjustmentReason reason, String reference, String demand,
                                MoveStatus status, MoveId reversalOf, MoveId reversedBy, String createdBy,
                                Instant createdAt, Instant doneAt) {

    /**
     * The snapshot of a move as it is now.
     *
     * @param move the move
     * @return its immutable snapshot
     */
    public static StockMoveSnapshot of(StockMove move) {
        return new StockMoveSnapshot(move.id(), move.kind(), move.item(), move.from(), move.to(), move.quantity(),
                move.baseQuantity(), move.lot().orElse(null), move.expiry().orElse(null), move.serials(),
                move.reason().orElse(null), move.reference().orElse(null), move.demand().orElse(null), move.status(),
                move.reversalOf().orElse(null), move.reversedBy().orElse(null), move.createdBy(), move.createdAt(),
                move.doneAt().orElse(null));
    }
}
