package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A shipment left: its stock was issued to the customer. */
public record ShipmentDispatched(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        ShipmentStatus from, String actor) implements DomainEvent {
}
