package dev.backoffice.stock.domain;

/** The order in which a reservation takes available stock. */
public enum ReservationStrategy {
    /** First in, first out: the lot (or the location's stock) received first. */
    FIFO,
    /** First expiring, first out: the lot with the earliest expiry date, then FIFO; lots without a date last. */
    FEFO
}
