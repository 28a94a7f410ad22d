package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.ReorderRuleId;
import dev.backoffice.stock.domain.WarehouseId;

import java.time.Instant;

/**
 * A reorder rule, its quantities in the item's base unit.
 *
 * @param id        the rule's id
 * @param item      the item
 * @param warehouse the warehouse
 * @param minimum   the forecast position below which the item is reordered
 * @param maximum   the position an order brings it back to
 * @param multiple  the quantity every order is a multiple of; null for none
 * @param createdAt when the rule was first set
 * @param changedBy who set it last
 * @param changedAt when it was set last
 */
public record ReorderRuleSnapshot(ReorderRuleId id, ItemId item, WarehouseId warehouse, Quantity minimum,
                                  Quantity maximum, Quantity multiple, Instant createdAt, String changedBy,
                                  Instant changedAt) {

    /**
     * The snapshot of a rule.
     *
     * @param rule the rule
     * @return its snapshot
     */
    public static ReorderRuleSnapshot of(ReorderRule rule) {
        return new ReorderRuleSnapshot(rule.id(), rule.item(), rule.warehouse(), rule.minimumQuantity(),
                rule.maximumQuantity(), rule.multiple().map(m -> Quantity.of(m, rule.unit())).orElse(null),
                rule.createdAt(), rule.changedBy(), rule.changedAt());
    }
}
