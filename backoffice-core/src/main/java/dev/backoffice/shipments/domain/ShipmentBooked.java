package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A packed shipment was booked with the carrier: a tracking number per package. */
public record ShipmentBooked(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId, String reference,
        String bookingReference, String service, List<String> trackingNumbers, String actor) implements DomainEvent {
}
