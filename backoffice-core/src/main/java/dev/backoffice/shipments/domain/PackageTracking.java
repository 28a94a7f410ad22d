package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One tracking event of one package, as the carrier reported it.
 *
 * @param eventId        the carrier's id of the event; the same id again is a duplicate
 * @param trackingNumber the package's tracking number
 * @param status         what happened to the package
 * @param occurredAt     when it happened at the carrier; the shipment follows events in this order
 * @param signatory      who signed, for a delivery, or null
 * @serial exclude
 */
public record PackageTracking(String eventId, String trackingNumber, TrackingStatus status, Instant occurredAt,
                              String signatory) implements Serializable {

    /**
     * Refuses missing parts (only the signatory is optional).
     *
     * @param eventId        the carrier's id of the event
     * @param trackingNumber the package's tracking number
     * @param status         what happened to the package
     * @param occurredAt     when it happened at the carrier
     * @param signatory      who signed, for a delivery, or null
     */
    public PackageTracking {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
