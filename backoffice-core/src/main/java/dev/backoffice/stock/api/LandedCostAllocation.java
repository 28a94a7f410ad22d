package dev.backoffice.stock.api;

/** How a landed cost is split over the receipts it belongs to. */
public enum LandedCostAllocation {
    /** In proportion of the quantities received (in each item's base unit). */
    BY_QUANTITY,
    /** In proportion of the receipts' value at their unit cost. */
    BY_VALUE
}
