package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An item was added to the tenant's catalogue.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param itemId     the stock item
 * @param sku        its SKU
 * @param tracking   whether it is tracked by lot or serial number
 * @serial exclude
 */
public record StockItemCreated(UUID eventId, TenantId tenant, Instant occurredAt, ItemId itemId, String sku,
                               Tracking tracking) implements DomainEvent {
}
