package dev.backoffice.stock.domain;

/** Why stock was adjusted against inventory loss. */
public enum AdjustmentReason {
    /** Stock that was on the books is missing. */
    LOST,
    /** Stock that is there but can no longer be used or sold. */
    DAMAGED,
    /** Stock found that was not on the books. */
    FOUND,
    /**
     * The books were wrong because of an earlier counting or booking mistake; the default of a count
     * variance.
     */
    MISCOUNTED
}
