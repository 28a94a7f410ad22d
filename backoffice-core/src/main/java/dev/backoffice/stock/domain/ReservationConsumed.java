package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An issue for the demand took reserved stock. Quantities are in the item's base unit. */
public record ReservationConsumed(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, Quantity quantity, MoveId moveId)
        implements DomainEvent {
}
