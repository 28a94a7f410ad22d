package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.time.Instant;
import java.util.List;

/**
 * The stock of the actor's tenant as the done moves tell it over time: what was on hand at a past
 * instant, and the moves of an item, a location or a lot in the order they were done.
 *
 * <p>Only done moves count, each at the time it was done; a reversal counts at its own time, so
 * stock as of an instant between a move and its reversal still holds the move. Drafts and
 * cancelled moves never count. Quantities are in the item's base unit. Every call needs
 * {@code stock.read}; an unknown item or location is {@code stock.item.not_found} or
 * {@code stock.location.not_found}.
 */
public interface StockLedger {

    /**
     * What was on hand of the item at {@code at} (moves done at that instant included), per location
     * and lot: in {@code location} and every location under it, or everywhere (virtual locations
     * included, so the rows sum to zero) when {@code location} is null. Rows of zero are left out.
     *
     * @param actor    who acts; needs {@code stock.read}
     * @param item     the stock item
     * @param location the location; everything under it counts too
     * @param at       the instant; moves done after it do not count
     * @return what was on hand per location and lot at that instant
     */
    List<StockHeld> onHandAsOf(Actor actor, ItemId item, LocationId location, Instant at);

    /**
     * What was on hand of the item at {@code at} in {@code location} and every location under it,
     * over all lots (for a warehouse's root: the whole warehouse).
     *
     * @param actor    who acts; needs {@code stock.read}
     * @param item     the stock item
     * @param location the location; everything under it counts too
     * @param at       the instant; moves done after it do not count
     * @return the quantity on hand there at that instant, in the item's base unit
     */
    Quantity levelAsOf(Actor actor, ItemId item, LocationId location, Instant at);

    /**
     * One page of the done moves of an item, oldest first, optionally only those into or out of a
     * location (and the locations under it), or of one lot or serial number; with what each move did
     * to that scope and the quantity there after it. Pass the page's {@link MoveHistory#next()} as
     * {@link MoveHistoryQuery#after()} to read on.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param query the item, the optional location and lot filters, the cursor and page size
     * @return one page of done moves, oldest first, with the cursor of the next page
     */
    MoveHistory moveHistory(Actor actor, MoveHistoryQuery query);
}
