package dev.backoffice.shipments.domain;

/** What a carrier's tracking event says of a package. */
public enum TrackingStatus {
    /** The carrier has it and it is on its way. */
    IN_TRANSIT,
    /** It is on the vehicle that delivers it; for the shipment, the same as in transit. */
    OUT_FOR_DELIVERY,
    /** It was handed over at the destination. */
    DELIVERED,
    /** The carrier tried and could not deliver it. */
    DELIVERY_FAILED,
    /** The carrier brought it back to the sender. */
    RETURNED
}
