package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's name or policies changed.
 *
 * @param eventId           the unique id of this event
 * @param tenant            the tenant it belongs to
 * @param occurredAt        when it happened, on the injected clock
 * @param itemId            the stock item
 * @param valuation         its valuation method now
 * @param negativeStock     its rule for stock below zero now
 * @param backordersAllowed whether it backorders now
 * @serial exclude
 */
public record StockItemChanged(UUID eventId, TenantId tenant, Instant occurredAt, ItemId itemId,
                               ValuationMethod valuation, NegativeStockPolicy negativeStock,
                               boolean backordersAllowed) implements DomainEvent {
}
