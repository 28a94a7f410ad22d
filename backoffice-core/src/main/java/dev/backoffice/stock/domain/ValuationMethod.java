package dev.backoffice.stock.domain;

/** How the value of an item's stock is to be computed (by the valuation that posts to the ledger). */
public enum ValuationMethod {
    /** First in, first out: each receipt is a cost layer and issues take the oldest layers first. */
    FIFO,
    /** One pool per item whose unit cost is the average of what came in, weighted by quantity. */
    MOVING_AVERAGE,
    /** One pool valued at a standard cost set by the tenant; differences go to price variance. */
    STANDARD
}
