package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** The open rest of a reservation was given back to available stock. Quantities are in the item's base unit. */
public record ReservationReleased(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, Quantity quantity)
        implements DomainEvent {
}
