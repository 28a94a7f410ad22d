package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An item was added to the tenant's catalogue. */
public record StockItemCreated(UUID eventId, TenantId tenant, Instant occurredAt, ItemId itemId, String sku,
                               Tracking tracking) implements DomainEvent {
}
