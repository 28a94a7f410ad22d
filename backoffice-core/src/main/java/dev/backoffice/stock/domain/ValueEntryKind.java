package dev.backoffice.stock.domain;

/** Why a stock value changed. */
public enum ValueEntryKind {
    /** Goods from a supplier, at their unit cost (or the standard cost). */
    RECEIPT,
    /** Goods back from a customer, at the cost they left with. */
    CUSTOMER_RETURN,
    /** Goods to a customer: the cost of goods sold. */
    ISSUE,
    /** Goods back to a supplier. */
    SUPPLIER_RETURN,
    /** Stock found, at the current unit cost. */
    ADJUSTMENT_IN,
    /** Stock lost, damaged or miscounted. */
    ADJUSTMENT_OUT,
    /** A reversal of a done move, at the value that move recorded. */
    REVERSAL,
    /** Freight, duties and the like added to received goods after their receipt. */
    LANDED_COST,
    /** A new standard cost applied to the stock on hand. */
    REVALUATION
}
