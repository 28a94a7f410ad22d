package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A packed shipment was booked with the carrier: a tracking number per package.
 *
 * @param eventId          the unique id of this event
 * @param tenant           the shipment's tenant
 * @param occurredAt       when it happened, on the injected clock
 * @param shipmentId       the shipment
 * @param reference        the host's reference of the shipment (an order), or null
 * @param bookingReference the carrier's reference of the booking
 * @param service          the service booked
 * @param trackingNumbers  one tracking number per package, in the order of the packages
 * @param actor            who did it
 * @serial exclude
 */
public record ShipmentBooked(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        String bookingReference, String service, List<String> trackingNumbers, String actor) implements DomainEvent {
}
