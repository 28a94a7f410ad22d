package dev.backoffice.stock.domain;

/**
 * The ledger accounts a stock value change touches, named for their role; the tenant's stock
 * accounts settings name the account of each (the clearing account is given with the landed cost).
 */
public enum PostingRole {
    /** The value of the stock on hand. */
    INVENTORY,
    /** The cost of goods sold, and its corrections. */
    COST_OF_GOODS_SOLD,
    /** Goods received whose supplier invoice is not booked yet. */
    RECEIVED_NOT_BILLED,
    /** The difference between actual and standard cost, and standard-cost revaluations. */
    PRICE_VARIANCE,
    /** Stock lost, damaged, found or miscounted. */
    INVENTORY_LOSS,
    /** The account a landed cost (freight, duties) was booked to, cleared into stock. */
    LANDED_COST_CLEARING
}
