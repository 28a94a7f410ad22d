package dev.backoffice.shipments.domain;

/** What was done to a return shipment, as kept in its history. */
public enum ReturnShipmentTransition {
    /** The carrier's return label was obtained. */
    LABEL,
    /** The goods left the customer. */
    DEPART,
    /** The goods arrived and were received. */
    RECEIVE,
    /** The authorization was withdrawn. */
    CANCEL
}
