package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.TrackingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** A row of {@code bo_shipment_tracking_events}: what the carrier said happened to a package. */
@Embeddable
public record TrackingEventEmbeddable(
        @Column(name = "event_id", nullable = false, length = 128) String eventId,
        @Column(name = "tracking_number", nullable = false, length = 64) String trackingNumber,
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 16) TrackingStatus status,
        @Column(name = "occurred_at", nullable = false) Instant occurredAt,
        @Column(name = "signatory", length = 200) String signatory) {
}
