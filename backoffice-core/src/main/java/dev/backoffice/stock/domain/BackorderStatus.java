package dev.backoffice.stock.domain;

/** Where a backorder stands: open until its whole quantity is reserved, or until it is cancelled. */
public enum BackorderStatus {
    /** Part of its quantity still waits for stock. */
    OPEN,
    /** All of its quantity has been reserved. */
    FILLED,
    /** Cancelled with its demand; nothing more is reserved for it. */
    CANCELLED
}
