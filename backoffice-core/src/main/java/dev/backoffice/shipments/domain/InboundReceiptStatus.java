package dev.backoffice.shipments.domain;

/** Where an inbound receipt stands. */
public enum InboundReceiptStatus {
    /** Expected from the supplier; nothing accepted yet (rejected goods may have come). */
    EXPECTED,
    /** Some goods accepted, not every line in full yet. */
    PARTIALLY_RECEIVED,
    /** Every line accepted in full (or beyond, within the allowed over-receipt). */
    RECEIVED,
    /** Closed with lines not received in full: nothing more is expected. */
    CLOSED_SHORT,
    /** Cancelled before anything was accepted. */
    CANCELLED;

    /** {@return whether goods may still be received against it} */
    public boolean isOpen() {
        return this == EXPECTED || this == PARTIALLY_RECEIVED;
    }
}
