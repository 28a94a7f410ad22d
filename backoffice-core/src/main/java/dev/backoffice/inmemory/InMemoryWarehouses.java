package dev.backoffice.inmemory;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.Warehouses;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Warehouses in memory. A warehouse never changes once stored, so the store keeps the object itself. */
public final class InMemoryWarehouses implements Warehouses {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<WarehouseId, Warehouse> byId = new ConcurrentHashMap<>();
    private final Map<String, WarehouseId> byCode = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryWarehouses(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String codeKey(TenantId tenant, String code) {
        return tenant.value() + '\u0000' + code;
    }

    @Override
    public void add(Warehouse warehouse) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = codeKey(warehouse.tenant(), warehouse.code());
        if (byCode.containsKey(key)) {
            throw new RuleViolationException(StockError.WAREHOUSE_CODE_TAKEN,
                    "The warehouse code " + warehouse.code() + " is already used.");
        }
        if (byId.putIfAbsent(warehouse.id(), warehouse) != null) {
            throw new IllegalStateException("warehouse " + warehouse.id() + " exists already");
        }
        byCode.put(key, warehouse.id());
        tx.onRollback(() -> {
            byId.remove(warehouse.id());
            byCode.remove(key);
        });
    }

    @Override
    public Optional<Warehouse> find(TenantId tenant, WarehouseId id) {
        Warehouse stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Optional<Warehouse> findByCode(TenantId tenant, String code) {
        WarehouseId id = byCode.get(codeKey(tenant, code));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public List<Warehouse> findAll(TenantId tenant) {
        return byId.values().stream().filter(w -> w.tenant().equals(tenant))
                .sorted(Comparator.comparing(Warehouse::code)).toList();
    }
}
