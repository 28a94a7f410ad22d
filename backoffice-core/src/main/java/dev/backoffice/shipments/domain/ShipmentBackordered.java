package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Not all of a shipment was available when it was confirmed: what was not became a new draft
 * shipment, its backorder, linked to it. The shipment itself was confirmed with what was available.
 *
 * @param eventId        the unique id of this event
 * @param tenant         the shipment's tenant
 * @param occurredAt     when it happened, on the injected clock
 * @param shipmentId     the shipment
 * @param reference      the host's reference of the shipment (an order), or null
 * @param backorderId    the new draft shipment that carries what was not available
 * @param backorderLines how many lines the backorder carries
 * @param actor          who did it
 * @serial exclude
 */
public record ShipmentBackordered(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, ShipmentId backorderId, int backorderLines, String actor) implements DomainEvent {
}
