package dev.backoffice.stock.domain;

/** Whether an item's on-hand quantity may fall below zero in an internal location. */
public enum NegativeStockPolicy {
    /** A move that would take more than is available is refused with {@code stock.quantity.insufficient}. */
    FORBIDDEN,
    /** Moves may take an internal location below zero (stock sold before its receipt is recorded). */
    ALLOWED
}
