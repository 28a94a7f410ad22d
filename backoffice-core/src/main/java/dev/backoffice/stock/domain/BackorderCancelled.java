package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A backorder was cancelled with its demand. Quantities are in the item's base unit.
 *
 * @param eventId     the unique id of this event
 * @param tenant      the tenant it belongs to
 * @param occurredAt  when it happened, on the injected clock
 * @param backorderId the cancelled backorder
 * @param demand      the host's reference of the demand (an order, a job)
 * @param itemId      the stock item
 * @param outstanding what it still waited for, in the base unit
 * @serial exclude
 */
public record BackorderCancelled(UUID eventId, TenantId tenant, Instant occurredAt,
        BackorderId backorderId, String demand, ItemId itemId, Quantity outstanding)
        implements DomainEvent {
}
