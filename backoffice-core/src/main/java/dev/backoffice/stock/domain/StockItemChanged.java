package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An item's name or policies changed. */
public record StockItemChanged(UUID eventId, TenantId tenant, Instant occurredAt, ItemId itemId,
                               ValuationMethod valuation, NegativeStockPolicy negativeStock,
                               boolean backordersAllowed) implements DomainEvent {
}
