package dev.backoffice.stock.domain;

/** Why stock was adjusted against inventory loss. */
public enum AdjustmentReason {
    LOST,
    DAMAGED,
    FOUND,
    MISCOUNTED
}
