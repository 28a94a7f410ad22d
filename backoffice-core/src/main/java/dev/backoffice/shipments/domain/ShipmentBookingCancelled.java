package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The carrier booking of a shipment that had not left was cancelled, at the carrier and on the
 * shipment; it stays packed and may be booked again.
 *
 * @param eventId          the unique id of this event
 * @param tenant           the shipment's tenant
 * @param occurredAt       when it happened, on the injected clock
 * @param shipmentId       the shipment
 * @param reference        the host's reference of the shipment (an order), or null
 * @param bookingReference the carrier's reference of the cancelled booking
 * @param actor            who did it
 * @serial exclude
 */
public record ShipmentBookingCancelled(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, String bookingReference, String actor) implements DomainEvent {
}
