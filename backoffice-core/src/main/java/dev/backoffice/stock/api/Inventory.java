package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveId;

import java.util.List;

/**
 * The stock of the actor's tenant: moves between locations and what they leave in each.
 *
 * <p>Quantities balance like a ledger: a done move takes its quantity out of one location and puts
 * it into another, virtual locations included, so per item the quantities over all locations sum
 * to zero. An internal location never holds less than zero of an item, nor less than what is
 * reserved there, unless the item allows negative stock: a move that would break that is refused
 * with {@code stock.quantity.insufficient}. A move out of a location takes only what is available
 * there (on hand less reserved), except an issue for a demand, which first consumes that demand's
 * reservations in the location.
 *
 * <p>Recording a move checks it against its item and locations: {@code stock.item.not_found},
 * {@code stock.location.not_found}, {@code stock.move.invalid_locations},
 * {@code stock.unit.unknown}, {@code stock.quantity.too_precise},
 * {@code stock.quantity.not_positive}, {@code stock.lot.required}, {@code stock.lot.not_allowed},
 * {@code stock.serial.count_mismatch}, {@code stock.serial.duplicate},
 * {@code stock.move.reason_required}, {@code stock.move.reason_not_allowed},
 * {@code stock.move.demand_not_allowed}. Doing it also checks {@code stock.quantity.insufficient},
 * {@code stock.serial.in_stock} (a serial number already on hand elsewhere) and
 * {@code stock.lot.expiry_mismatch}.
 */
public interface Inventory {

    /**
     * Records a move and does it at once.
     *
     * @param actor   who acts; needs {@code stock.move.complete}
     * @param command the move, checked against its item and locations
     * @return the done move
     */
    StockMoveSnapshot move(Actor actor, NewStockMove command);

    /**
     * Records a draft move, which changes no quantity until it is completed.
     *
     * @param actor   who acts; needs {@code stock.move.draft}
     * @param command the move, checked as {@link #move} checks it
     * @return the draft move
     */
    StockMoveSnapshot draftMove(Actor actor, NewStockMove command);

    /**
     * Does a draft move ({@code stock.move.not_draft} once done or cancelled).
     *
     * @param actor who acts; needs {@code stock.move.complete}
     * @param move  the draft move to do
     * @return the done move
     */
    StockMoveSnapshot completeMove(Actor actor, MoveId move);

    /**
     * Cancels a draft move ({@code stock.move.not_draft} once done or cancelled).
     *
     * @param actor who acts; needs {@code stock.move.cancel}
     * @param move  the draft move to cancel
     * @return the cancelled move
     */
    StockMoveSnapshot cancelMove(Actor actor, MoveId move);

    /**
     * Corrects a done move with a move of the same quantity, lot and serials the other way, linked
     * to it, and returns that reversal. Refused with {@code stock.move.not_done},
     * {@code stock.move.already_reversed}, and {@code stock.quantity.insufficient} when what the
     * move brought is no longer available where it arrived. Reservations an issue consumed are not
     * restored.
     *
     * @param actor   who acts; needs {@code stock.move.reverse}
     * @param command the done move to reverse
     * @return the reversing move, already done
     */
    StockMoveSnapshot reverseMove(Actor actor, ReverseStockMove command);

    /**
     * The move; {@code stock.move.not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param move  the move's id
     * @return the move as it is now
     */
    StockMoveSnapshot stockMove(Actor actor, MoveId move);

    /**
     * The moves of an item, oldest first, at most 1,000.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the stock item
     * @return its moves, at most 1,000, oldest first
     */
    List<StockMoveSnapshot> moves(Actor actor, ItemId item);

    /**
     * The item's quantities in a location and every location under it, over all lots (for a
     * warehouse's root: the whole warehouse).
     *
     * @param actor    who acts; needs {@code stock.read}
     * @param item     the stock item
     * @param location the location; everything under it counts too
     * @return the quantities on hand, reserved and available, in the item's base unit
     */
    StockLevel level(Actor actor, ItemId item, LocationId location);

    /**
     * The item's quantities per location and lot, virtual locations included, for every row not all zero.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the stock item
     * @return one level per location and lot that holds, or has reserved, any of the item
     */
    List<StockLevel> levels(Actor actor, ItemId item);

    /**
     * Where a lot or serial number of the item came from and is now ({@code stock.lot.not_found}).
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the lot- or serial-tracked item
     * @param lot   the lot code or serial number
     * @return the moves of that lot and where it is now
     */
    LotTrace lotTrace(Actor actor, ItemId item, String lot);
}
