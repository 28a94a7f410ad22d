package dev.backoffice.shipments.domain;

/** What was done to an inbound receipt, as kept in its history. */
public enum InboundReceiptTransition {
    /** Goods delivered and checked: accepted into stock, rejected or both. */
    RECEIVE,
    /** Closed with lines not received in full. */
    CLOSE_SHORT,
    /** Cancelled before anything was accepted. */
    CANCEL
}
