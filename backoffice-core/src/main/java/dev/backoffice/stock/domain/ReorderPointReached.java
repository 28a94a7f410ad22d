package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A done move, a cancelled incoming receipt or a reservation took an item's forecast position in a
 * warehouse with a reorder rule from its minimum or above to below it. Recorded once per crossing:
 * changes that keep the position below the minimum record nothing until it has come back to the
 * minimum or above. Quantities are in the item's base unit.
 *
 * @param eventId         the event's id
 * @param tenant          the tenant
 * @param occurredAt      when the position crossed the minimum
 * @param rule            the reorder rule
 * @param itemId          the item
 * @param warehouse       the warehouse
 * @param position        the forecast position just after the change: on hand in the warehouse's internal
 *                        locations, less reserved, plus incoming draft receipts
 * @param minimum         the rule's minimum
 * @param maximum         the rule's maximum
 * @param quantityToOrder what brings the position back to the maximum, rounded up to the rule's order multiple
 * @serial exclude
 */
public record ReorderPointReached(UUID eventId, TenantId tenant, Instant occurredAt, ReorderRuleId rule, ItemId itemId,
                                  WarehouseId warehouse, Quantity position, Quantity minimum, Quantity maximum,
                                  Quantity quantityToOrder) implements DomainEvent {
}
