package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** The carrier booking of a shipment that had not left was cancelled. */
public record ShipmentBookingCancelled(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, String bookingReference, String actor) implements DomainEvent {
}
