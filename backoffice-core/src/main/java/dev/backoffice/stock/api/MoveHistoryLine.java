package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;

/**
 * A done move in a history, with what it did to the history's scope: the location asked for and
 * the locations under it, or, without a location, every internal location of the tenant; only the
 * lot asked for, if one was.
 *
 * @param change  what the move added to the scope's on-hand quantity (negative when it took
 *                stock out, zero when it moved stock inside the scope), in the item's base unit
 * @param running the scope's on-hand quantity just after the move
 */
public record MoveHistoryLine(StockMoveSnapshot move, Quantity change, Quantity running) {
}
