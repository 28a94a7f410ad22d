package dev.backoffice.shipments.domain;

/** Where a shipment is in its life; {@link ShipmentLifecycle} says which steps lead where. */
public enum ShipmentStatus {
    /** Drafted: nothing reserved yet; it may still be split into a backorder when confirmed. */
    DRAFT,
    /** Its stock is reserved at its origin. */
    CONFIRMED,
    /** Its reserved goods were taken from their locations; the stock stays reserved. */
    PICKED,
    /** Packed into packages; it may be booked with the carrier. */
    PACKED,
    /** It left: its stock was issued to the customer. */
    SHIPPED,
    /** On its way with the carrier. */
    IN_TRANSIT,
    /** Handed over at its destination, with a proof of delivery. */
    DELIVERED,
    /** The carrier could not deliver it; it is retried or returned. */
    DELIVERY_FAILED,
    /** Back at the sender after a failed delivery. */
    RETURNED,
    /** Cancelled before it left; its reservations were released. */
    CANCELLED
}
