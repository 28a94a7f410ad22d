package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockValueEntry;

import java.util.List;
import java.util.Optional;

/**
 * The value of the stock: once the tenant turns valuation on, every done move is valued from cost
 * layers (FIFO, moving average or standard cost, as the item says) and, when the tenant set its
 * stock accounts, posted to the ledger in the same unit of work as the move.
 */
public interface StockValuation {

    /**
     * Turns valuation on or changes its accounts. Refused with {@code stock.valuation.currency_required}
     * without a currency (and no functional one), {@code stock.valuation.currency_mismatch} for one other
     * than the functional currency, than the stock is already valued in, or than an account's,
     * {@code stock.valuation.accounts_incomplete} for some accounts but not all, and the ledger's codes
     * for an account that does not exist.
     *
     * @param actor   who acts; needs {@code stock.valuation.configure}
     * @param command the valuation currency and, to post stock value, the accounts
     * @return the tenant's settings as configured
     */
    StockValuationSettings configure(Actor actor, ConfigureStockValuation command);

    /**
     * The tenant's settings; empty while its stock is not valued.
     *
     * @param actor who acts; needs {@code stock.read}
     * @return the tenant's settings, or empty while stock is not valued
     */
    Optional<StockValuationSettings> settings(Actor actor);

    /**
     * Sets a standard-cost item's standard cost and revalues its stock at it; the difference posts
     * against price variance ({@code stock.valuation.not_standard} for another method).
     *
     * @param actor   who acts; needs {@code stock.valuation.manage}
     * @param command the item and its new standard cost
     * @return the item's valuation after the revaluation
     */
    ItemValuationSnapshot setStandardCost(Actor actor, SetStandardCost command);

    /**
     * Adds a landed cost to receipts (see {@link AddLandedCost}); one value entry per receipt.
     * Refused with {@code stock.valuation.not_a_receipt} for a move that is not a valued receipt
     * from a supplier, {@code stock.valuation.amount_not_positive} for an amount of zero or less.
     *
     * @param actor   who acts; needs {@code stock.valuation.manage}
     * @param command the receipts, the amount, how to split it and the clearing account
     * @return the value entries it made, one per receipt
     */
    List<StockValueEntry> addLandedCost(Actor actor, AddLandedCost command);

    /**
     * One item's value now, with its layers.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the stock item
     * @return its quantity, value, unit cost and cost layers now
     */
    ItemValuationSnapshot itemValuation(Actor actor, ItemId item);

    /**
     * Every valued item of the tenant and the total, as of now.
     *
     * @param actor who acts; needs {@code stock.read}
     * @return every item's value now and the total
     */
    ValuationReport report(Actor actor);

    /**
     * What every valued move did to an item's value, oldest first (at most 1,000).
     *
     * @param actor who acts; needs {@code stock.read}
     * @param item  the stock item
     * @return its value entries, oldest first
     */
    List<StockValueEntry> history(Actor actor, ItemId item);

    /**
     * What one move did to the stock value; empty for a move that was not valued (a transfer).
     *
     * @param actor who acts; needs {@code stock.read}
     * @param move  a done move
     * @return the value entry of that move, or empty when it carried no value
     */
    Optional<StockValueEntry> valueOf(Actor actor, MoveId move);
}
