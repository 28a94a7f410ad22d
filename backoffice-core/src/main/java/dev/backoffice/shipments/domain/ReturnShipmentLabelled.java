package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The carrier's return label of a return shipment was obtained.
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
public record ReturnShipmentLabelled(UUID eventId, TenantId tenant, Instant occurredAt, ReturnShipmentId returnId,
        ShipmentId shipmentId, ReturnShipmentStatus status, String actor) implements DomainEvent {
}
