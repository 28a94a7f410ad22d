package dev.backoffice.stock.domain;

/** Where a physical count stands: open while quantities are recorded, then posted or cancelled. */
public enum CountStatus {
    /** Counted quantities are being recorded. */
    OPEN,
    /** Posted: its variances became adjustment moves; it never changes again. */
    POSTED,
    /** Cancelled; nothing was posted. */
    CANCELLED
}
