package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Stock that arrived was reserved for a backorder, oldest first. Quantities are in the item's base unit. */
public record BackorderFilled(UUID eventId, TenantId tenant, Instant occurredAt,
        BackorderId backorderId, String demand, ItemId itemId, Quantity quantity, Quantity outstanding)
        implements DomainEvent {
}
