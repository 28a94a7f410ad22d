package dev.backoffice.shipments.domain;

/** A step of a shipment's life; which state it may start from and where it leads is {@link ShipmentLifecycle}'s table. */
public enum ShipmentTransition {
    CONFIRM, PICK, UNPICK, PACK, UNPACK, SHIP, DEPART, DELIVER, FAIL_DELIVERY, RETRY_DELIVERY, RETURN, CANCEL
}
