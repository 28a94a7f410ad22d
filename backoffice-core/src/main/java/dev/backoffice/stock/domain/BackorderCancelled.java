package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A backorder was cancelled with its demand. Quantities are in the item's base unit. */
public record BackorderCancelled(UUID eventId, TenantId tenant, Instant occurredAt,
        BackorderId backorderId, String demand, ItemId itemId, Quantity outstanding)
        implements DomainEvent {
}
