package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A move was done: {@code quantity} (in the item's base unit) left {@code from} and arrived in
 * {@code to}. {@code reversalOf} names the move it reverses, if it is a reversal.
 */
public record StockMoved(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, MoveKind kind, ItemId itemId,
                         LocationId from, LocationId to, Quantity quantity, String lot, List<String> serials,
                         String demand, MoveId reversalOf) implements DomainEvent {
}
