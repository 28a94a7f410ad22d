package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Goods of a shipment came back from the customer and were received into stock (or into a
 * location for damaged goods).
 *
 * @param eventId    the unique id of this event
 * @param tenant     the shipment's tenant
 * @param occurredAt when it happened, on the injected clock
 * @param shipmentId the shipment
 * @param reference  the host's reference of the shipment (an order), or null
 * @param lines      how many lines came back in this receipt
 * @param damaged    whether any of them came back damaged
 * @param actor      who did it
 * @serial exclude
 */
public record ShipmentGoodsReturned(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, int lines, boolean damaged, String actor) implements DomainEvent {
}
