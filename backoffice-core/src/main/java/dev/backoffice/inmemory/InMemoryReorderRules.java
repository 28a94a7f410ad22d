package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.ReorderRules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Reorder rules in memory, at most one per tenant, item and warehouse. Stores copies. */
public final class InMemoryReorderRules implements ReorderRules {

    private record Key(TenantId tenant, ItemId item, WarehouseId warehouse) {
    }

    private static final Comparator<ReorderRule> BY_WAREHOUSE_THEN_ITEM = Comparator
            .comparing((ReorderRule r) -> r.warehouse().value())
            .thenComparing(r -> r.item().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Key, ReorderRule> byKey = new ConcurrentHashMap<>();

    /**
     * Reorder rules over the unit of work of the other in-memory adapters.
     *
     * @param unitOfWork the shared unit of work
     */
    public InMemoryReorderRules(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Key key(ReorderRule rule) {
        return new Key(rule.tenant(), rule.item(), rule.warehouse());
    }

    private static ReorderRule copy(ReorderRule r, long version) {
        return ReorderRule.restore(r.id(), r.tenant(), r.item(), r.warehouse(), r.unit(), r.minimum(), r.maximum(),
                r.multiple().orElse(null), r.createdAt(), r.changedBy(), r.changedAt(), version);
    }

    @Override
    public void add(ReorderRule rule) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = key(rule);
        if (byKey.putIfAbsent(key, copy(rule, rule.version())) != null) {
            throw new IllegalStateException("item " + rule.item() + " has a reorder rule in " + rule.warehouse() + " already");
        }
        tx.onRollback(() -> byKey.remove(key));
    }

    @Override
    public void update(ReorderRule rule) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = key(rule);
        ReorderRule stored = stored(rule);
        byKey.put(key, copy(rule, rule.version() + 1));
        tx.onRollback(() -> byKey.put(key, stored));
    }

    @Override
    public void remove(ReorderRule rule) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = key(rule);
        ReorderRule stored = stored(rule);
        byKey.remove(key);
        tx.onRollback(() -> byKey.put(key, stored));
    }

    /** The stored rule at the version the caller read. */
    private ReorderRule stored(ReorderRule rule) {
        ReorderRule stored = byKey.get(key(rule));
        if (stored == null || !stored.id().equals(rule.id()) || stored.version() != rule.version()) {
            throw new ConcurrentUpdateException("The reorder rule " + rule.id() + " was changed by someone else.");
        }
        return stored;
    }

    @Override
    public Optional<ReorderRule> find(TenantId tenant, ItemId item, WarehouseId warehouse) {
        return Optional.ofNullable(byKey.get(new Key(tenant, item, warehouse))).map(r -> copy(r, r.version()));
    }

    @Override
    public Optional<ReorderRule> lockForUpdate(TenantId tenant, ItemId item, WarehouseId warehouse) {
        unitOfWork.transaction();
        return find(tenant, item, warehouse);
    }

    @Override
    public List<ReorderRule> findByItem(TenantId tenant, ItemId item) {
        return select(tenant, r -> r.item().equals(item));
    }

    @Override
    public List<ReorderRule> findByWarehouse(TenantId tenant, WarehouseId warehouse) {
        return select(tenant, r -> r.warehouse().equals(warehouse)).stream()
                .sorted(Comparator.comparing(r -> r.item().value())).toList();
    }

    @Override
    public List<ReorderRule> findAll(TenantId tenant) {
        return select(tenant, r -> true);
    }

    private List<ReorderRule> select(TenantId tenant, Predicate<ReorderRule> filter) {
        return byKey.values().stream()
                .filter(r -> r.tenant().equals(tenant) && filter.test(r))
                .sorted(BY_WAREHOUSE_THEN_ITEM)
                .map(r -> copy(r, r.version())).toList();
    }
}
