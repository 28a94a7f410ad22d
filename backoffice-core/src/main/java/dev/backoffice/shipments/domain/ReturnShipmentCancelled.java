package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A return authorization was withdrawn before the goods left the customer.
 *
 * @param eventId    the event's id
 * @param tenant     the return's tenant
 * @param occurredAt when
 * @param returnId   the return shipment
 * @param shipmentId the shipment whose goods come back
 * @param status     the return's state after the step
 * @param actor      who did it
 * @serial exclude
 */
public record ReturnShipmentCancelled(UUID eventId, TenantId tenant, Instant occurredAt, ReturnShipmentId returnId,
        ShipmentId shipmentId, ReturnShipmentStatus status, String actor) implements DomainEvent {
}
