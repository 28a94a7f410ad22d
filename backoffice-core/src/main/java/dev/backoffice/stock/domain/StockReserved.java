package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Stock was reserved for a demand in one location and lot. Quantities are in the item's base unit. */
public record StockReserved(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, LocationId location, String lot, Quantity quantity)
        implements DomainEvent {
}
