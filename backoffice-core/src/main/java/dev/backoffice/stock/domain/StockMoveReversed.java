package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A done move was corrected by a reversing move, which links to it. */
public record StockMoveReversed(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, MoveId reversal,
                                ItemId itemId) implements DomainEvent {
}
