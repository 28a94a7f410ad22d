package dev.backoffice.stock.domain;

/** Where a backorder stands: open until its whole quantity is reserved, or until it is cancelled. */
public enum BackorderStatus {
    OPEN,
    FILLED,
    CANCELLED
}
