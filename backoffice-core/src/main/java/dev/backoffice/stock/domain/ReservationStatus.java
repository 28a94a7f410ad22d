package dev.backoffice.stock.domain;

/** Where a reservation stands: open while some of it is neither consumed nor released. */
public enum ReservationStatus {
    /** Some of it is neither consumed nor released. */
    OPEN,
    /** Wholly taken by issues (perhaps after a partial release). */
    CONSUMED,
    /** Released, the rest of it given back to available stock. */
    RELEASED
}
