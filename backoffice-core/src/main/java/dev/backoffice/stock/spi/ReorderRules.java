package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;
import java.util.Optional;

/**
 * The reorder rules of every tenant, at most one per item and warehouse. Every method is scoped to
 * one tenant.
 */
public interface ReorderRules {

    /**
     * Stores a new rule. A second rule of the same item and warehouse in the tenant must fail (a
     * database adapter: a unique key on tenant, item and warehouse, whose violation the unit of work
     * retries so that the use case then finds the rule the other writer stored and replaces it).
     *
     * @param rule the new rule
     */
    void add(ReorderRule rule);

    /**
     * Stores a changed rule. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link ReorderRule#version()}.
     *
     * @param rule the changed rule
     */
    void update(ReorderRule rule);

    /**
     * Deletes a rule. Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when the
     * stored version is no longer {@link ReorderRule#version()}.
     *
     * @param rule the rule as it was read
     */
    void remove(ReorderRule rule);

    /**
     * The rule of an item in a warehouse.
     *
     * @param tenant    the tenant
     * @param item      the item
     * @param warehouse the warehouse
     * @return the rule, if the tenant has one
     */
    Optional<ReorderRule> find(TenantId tenant, ItemId item, WarehouseId warehouse);

    /**
     * The rule of an item in a warehouse, locked until the unit of work ends (a database adapter:
     * {@code SELECT ... FOR UPDATE}), so that two units of work replacing one rule run one after the
     * other instead of failing on its version.
     *
     * @param tenant    the tenant
     * @param item      the item
     * @param warehouse the warehouse
     * @return the rule, if the tenant has one
     */
    Optional<ReorderRule> lockForUpdate(TenantId tenant, ItemId item, WarehouseId warehouse);

    /**
     * The rules of an item, in every warehouse, ordered by warehouse id.
     *
     * @param tenant the tenant
     * @param item   the item
     * @return the rules, possibly none
     */
    List<ReorderRule> findByItem(TenantId tenant, ItemId item);

    /**
     * The rules of a warehouse, ordered by item id.
     *
     * @param tenant    the tenant
     * @param warehouse the warehouse
     * @return the rules, possibly none
     */
    List<ReorderRule> findByWarehouse(TenantId tenant, WarehouseId warehouse);

    /**
     * Every rule of the tenant, ordered by warehouse id then item id.
     *
     * @param tenant the tenant
     * @return the rules, possibly none
     */
    List<ReorderRule> findAll(TenantId tenant);
}
