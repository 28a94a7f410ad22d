package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.InboundReceiptStatus;
import dev.backoffice.shipments.domain.InboundReceiptTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * A row of {@code bo_inbound_receipt_steps}: a step of an inbound receipt's history.
 *
 * @param transition what was done
 * @param fromStatus the state before
 * @param toStatus   the state after
 * @param actor      who did it
 * @param takenAt    when
 * @param note       why, or null
 */
@Embeddable
public record InboundReceiptStepEmbeddable(
        @Enumerated(EnumType.STRING) @Column(name = "transition", nullable = false, length = 16) InboundReceiptTransition transition,
        @Enumerated(EnumType.STRING) @Column(name = "from_status", nullable = false, length = 20) InboundReceiptStatus fromStatus,
        @Enumerated(EnumType.STRING) @Column(name = "to_status", nullable = false, length = 20) InboundReceiptStatus toStatus,
        @Column(name = "actor", nullable = false, length = 128) String actor,
        @Column(name = "taken_at", nullable = false) Instant takenAt,
        @Column(name = "note", length = 500) String note) {
}
