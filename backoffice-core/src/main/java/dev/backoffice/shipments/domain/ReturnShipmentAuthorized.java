package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer may send goods of a shipment back (a return authorization).
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
public record ReturnShipmentAuthorized(UUID eventId, TenantId tenant, Instant occurredAt, ReturnShipmentId returnId,
        ShipmentId shipmentId, ReturnShipmentStatus status, String actor) implements DomainEvent {
}
