package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A done move was corrected by a reversing move, which links to it.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param moveId     the reversed move
 * @param reversal   the move that reverses it
 * @param itemId     the stock item
 * @serial exclude
 */
public record StockMoveReversed(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, MoveId reversal,
                                ItemId itemId) implements DomainEvent {
}
