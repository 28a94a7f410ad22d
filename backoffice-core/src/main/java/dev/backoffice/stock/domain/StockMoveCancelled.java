package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A draft move was cancelled; it never changed a quantity.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param moveId     the cancelled draft
 * @param itemId     the stock item
 * @serial exclude
 */
public record StockMoveCancelled(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, ItemId itemId)
        implements DomainEvent {
}
