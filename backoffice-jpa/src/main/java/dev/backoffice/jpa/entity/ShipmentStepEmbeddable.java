package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** A row of {@code bo_shipment_steps}: a step of a shipment's history. */
@Embeddable
public record ShipmentStepEmbeddable(
        @Enumerated(EnumType.STRING) @Column(name = "transition", nullable = false, length = 16) ShipmentTransition transition,
        @Enumerated(EnumType.STRING) @Column(name = "from_status", nullable = false, length = 16) ShipmentStatus fromStatus,
        @Enumerated(EnumType.STRING) @Column(name = "to_status", nullable = false, length = 16) ShipmentStatus toStatus,
        @Column(name = "actor", nullable = false, length = 128) String actor,
        @Column(name = "taken_at", nullable = false) Instant takenAt,
        @Column(name = "note", length = 1000) String note) {
}
