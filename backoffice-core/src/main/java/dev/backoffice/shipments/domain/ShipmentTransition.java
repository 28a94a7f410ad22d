package dev.backoffice.shipments.domain;

/** A step of a shipment's life; which state it may start from and where it leads is {@link ShipmentLifecycle}'s table. */
public enum ShipmentTransition {
    /** Draft to confirmed: its stock is reserved. */
    CONFIRM,
    /** Confirmed to picked. */
    PICK,
    /** Picked back to confirmed. */
    UNPICK,
    /** Picked to packed, into packages. */
    PACK,
    /** Packed back to picked; the packages are dropped. */
    UNPACK,
    /** Packed to shipped: its stock is issued to the customer. */
    SHIP,
    /** Shipped to in transit. */
    DEPART,
    /** Shipped or in transit to delivered. */
    DELIVER,
    /** Shipped or in transit to delivery failed. */
    FAIL_DELIVERY,
    /** Delivery failed back to in transit. */
    RETRY_DELIVERY,
    /** Delivery failed to returned. */
    RETURN,
    /** Any state before shipped to cancelled: its reservations are released. */
    CANCEL
}
