package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One tracking event of one package, as the carrier reported it; {@code eventId} is the carrier's. */
public record PackageTracking(String eventId, String trackingNumber, TrackingStatus status, Instant occurredAt,
                              String signatory) implements Serializable {

    public PackageTracking {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
