package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Not all of a shipment was available when it was confirmed: what was not became a new draft
 * shipment, its backorder, linked to it.
 */
public record ShipmentBackordered(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, ShipmentId backorderId, int backorderLines, String actor) implements DomainEvent {
}
