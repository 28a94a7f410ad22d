package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/** A shipment was drafted: nothing is reserved yet. The address stays out of the event (personal data). */
public record ShipmentDrafted(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        UUID origin, int lines, LocalDate promisedDate, String actor) implements DomainEvent {
}
