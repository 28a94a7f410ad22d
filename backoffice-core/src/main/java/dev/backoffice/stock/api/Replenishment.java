package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;

/**
 * Min/max replenishment of the actor's tenant: a reorder rule per item and warehouse, and the
 * proposals that say what to reorder and how much. An item's <b>forecast position</b> in a
 * warehouse is what is on hand in the warehouse's internal locations, less what is reserved there,
 * plus its draft receipts into the warehouse (incoming). Below the rule's minimum, the proposal is
 * the maximum less the position, rounded up to the rule's order multiple. When a done move, a
 * reservation or a cancelled draft receipt takes the position from the minimum or above to below it,
 * {@link dev.backoffice.stock.domain.ReorderPointReached} is published in the same unit of work.
 */
public interface Replenishment {

    /**
     * Sets the reorder rule of an item in a warehouse, replacing the one it had (the same values again
     * change nothing but who set it and when). Refused with {@code stock.item.not_found},
     * {@code stock.warehouse.not_found}, {@code stock.unit.unknown}, {@code stock.quantity.too_precise},
     * {@code stock.reorder_rule.minimum_negative}, {@code stock.reorder_rule.maximum_below_minimum} and
     * {@code stock.reorder_rule.multiple_not_positive}.
     *
     * @param actor   who sets the rule ({@code stock.replenishment.manage})
     * @param command the item, warehouse and quantities
     * @return the rule as it is now
     */
    ReorderRuleSnapshot setReorderRule(Actor actor, SetReorderRule command);

    /**
     * Removes the reorder rule of an item in a warehouse ({@code stock.reorder_rule.not_found} when it
     * has none).
     *
     * @param actor   who removes the rule ({@code stock.replenishment.manage})
     * @param command the item and warehouse
     * @return the rule as it was
     */
    ReorderRuleSnapshot removeReorderRule(Actor actor, RemoveReorderRule command);

    /**
     * The reorder rules of a warehouse ({@code stock.warehouse.not_found}), ordered by item id.
     *
     * @param actor     who reads ({@code stock.read})
     * @param warehouse the warehouse
     * @return the rules, possibly none
     */
    List<ReorderRuleSnapshot> reorderRules(Actor actor, WarehouseId warehouse);

    /**
     * What to reorder for a warehouse ({@code stock.warehouse.not_found}): one proposal per rule whose
     * item's forecast position is below its minimum, ordered by SKU.
     *
     * @param actor     who reads ({@code stock.read})
     * @param warehouse the warehouse
     * @return the proposals, possibly none
     */
    List<ReorderProposal> reorderProposals(Actor actor, WarehouseId warehouse);

    /**
     * What to reorder for every warehouse of the tenant, ordered by warehouse code then SKU.
     *
     * @param actor who reads ({@code stock.read})
     * @return the proposals, possibly none
     */
    List<ReorderProposal> reorderProposals(Actor actor);
}
