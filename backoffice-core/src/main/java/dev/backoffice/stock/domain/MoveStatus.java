package dev.backoffice.stock.domain;

/** Where a stock move stands: a draft changes no quantity; a done move never changes again. */
public enum MoveStatus {
    /** Recorded but not done; changes no quantity. */
    DRAFT,
    /** Done: the quantities moved; only a reversal corrects it. */
    DONE,
    /** A draft that was cancelled; it never moved anything. */
    CANCELLED
}
