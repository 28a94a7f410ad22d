package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A shipment came back to the sender after a failed delivery. */
public record ShipmentReturned(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        ShipmentStatus from, String actor) implements DomainEvent {
}
