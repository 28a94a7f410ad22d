package dev.backoffice.stock.domain;

/** How the value of an item's stock is to be computed (by the valuation that posts to the ledger). */
public enum ValuationMethod {
    FIFO,
    MOVING_AVERAGE,
    STANDARD
}
