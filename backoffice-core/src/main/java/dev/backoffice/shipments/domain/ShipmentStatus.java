package dev.backoffice.shipments.domain;

/** Where a shipment is in its life; {@link ShipmentLifecycle} says which steps lead where. */
public enum ShipmentStatus {
    DRAFT, CONFIRMED, PICKED, PACKED, SHIPPED, IN_TRANSIT, DELIVERED, DELIVERY_FAILED, RETURNED, CANCELLED
}
