package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A demand asked for more than was available; the rest waits for stock. Quantities are in the item's base unit. */
public record StockBackordered(UUID eventId, TenantId tenant, Instant occurredAt,
        BackorderId backorderId, String demand, ItemId itemId, Quantity quantity)
        implements DomainEvent {
}
