package dev.backoffice.stock.domain;

/** Where a stock move stands: a draft changes no quantity; a done move never changes again. */
public enum MoveStatus {
    DRAFT,
    DONE,
    CANCELLED
}
