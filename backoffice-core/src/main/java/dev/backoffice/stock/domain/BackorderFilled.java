package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Stock that arrived was reserved for a backorder, oldest first. Quantities are in the item's base unit.
 *
 * @param eventId     the unique id of this event
 * @param tenant      the tenant it belongs to
 * @param occurredAt  when it happened, on the injected clock
 * @param backorderId the backorder
 * @param demand      the host's reference of the demand (an order, a job)
 * @param itemId      the stock item
 * @param quantity    what was reserved for it now
 * @param outstanding what it still waits for
 * @serial exclude
 */
public record BackorderFilled(UUID eventId, TenantId tenant, Instant occurredAt,
        BackorderId backorderId, String demand, ItemId itemId, Quantity quantity, Quantity outstanding)
        implements DomainEvent {
}
