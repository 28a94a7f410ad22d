package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A shipment could not be delivered; it will be retried or returned to the sender.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the shipment's tenant
 * @param occurredAt when it happened, on the injected clock
 * @param shipmentId the shipment
 * @param reference  the host's reference of the shipment (an order), or null
 * @param from       the state the shipment was in before the step
 * @param actor      who did it
 * @serial exclude
 */
public record ShipmentDeliveryFailed(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        ShipmentStatus from, String actor) implements DomainEvent {
}
