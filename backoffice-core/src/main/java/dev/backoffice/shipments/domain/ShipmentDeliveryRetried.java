package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A shipment is on its way again after a failed delivery. */
public record ShipmentDeliveryRetried(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        ShipmentStatus from, String actor) implements DomainEvent {
}
