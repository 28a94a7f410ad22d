package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Goods of a shipment came back and were received into stock (or into a location for damaged goods). */
public record ShipmentGoodsReturned(UUID eventId, TenantId tenant, Instant occurredAt, ShipmentId shipmentId,
        String reference, int lines, boolean damaged, String actor) implements DomainEvent {
}
