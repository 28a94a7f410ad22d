package dev.backoffice.stock.domain;

/** Where a physical count stands: open while quantities are recorded, then posted or cancelled. */
public enum CountStatus {
    OPEN,
    POSTED,
    CANCELLED
}
