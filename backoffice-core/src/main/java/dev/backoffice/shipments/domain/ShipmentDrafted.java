package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipment was drafted: nothing is reserved yet. The address stays out of the event (personal data).
 *
 * @param eventId      the unique id of this event
 * @param tenant       the shipment's tenant
 * @param occurredAt   when it happened, on the injected clock
 * @param shipmentId   the shipment
 * @param reference    the host's reference of the shipment (an order), or null
 * @param origin       the id of the internal stock location its goods leave from
 * @param lines        how many lines it carries
 * @param promisedDate when the customer was promised it
 * @param actor        who did it
 * @serial exclude
 */
public record ShipmentDrafted(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        UUID origin, int lines, LocalDate promisedDate, String actor) implements DomainEvent {
}
