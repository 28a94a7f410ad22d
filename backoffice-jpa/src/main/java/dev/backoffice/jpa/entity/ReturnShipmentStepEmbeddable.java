package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import dev.backoffice.shipments.domain.ReturnShipmentTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * A row of {@code bo_return_shipment_steps}: a step of a return shipment's history.
 *
 * @param transition what was done
 * @param fromStatus the state before
 * @param toStatus   the state after
 * @param actor      who did it
 * @param takenAt    when
 * @param note       why, or null
 */
@Embeddable
public record ReturnShipmentStepEmbeddable(
        @Enumerated(EnumType.STRING) @Column(name = "transition", nullable = false, length = 16) ReturnShipmentTransition transition,
        @Enumerated(EnumType.STRING) @Column(name = "from_status", nullable = false, length = 16) ReturnShipmentStatus fromStatus,
        @Enumerated(EnumType.STRING) @Column(name = "to_status", nullable = false, length = 16) ReturnShipmentStatus toStatus,
        @Column(name = "actor", nullable = false, length = 128) String actor,
        @Column(name = "taken_at", nullable = false) Instant takenAt,
        @Column(name = "note", length = 500) String note) {
}
