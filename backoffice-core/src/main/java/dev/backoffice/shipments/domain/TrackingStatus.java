package dev.backoffice.shipments.domain;

/** What a carrier's tracking event says of a package. */
public enum TrackingStatus {
    IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED, RETURNED
}
