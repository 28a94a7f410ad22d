package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A draft move was cancelled; it never changed a quantity. */
public record StockMoveCancelled(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, ItemId itemId)
        implements DomainEvent {
}
