package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ItemValuation;
import dev.backoffice.stock.spi.ItemValuations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item valuations in memory, stored as copies. The in-memory unit of work runs one unit of work at a
 * time, so holding a valuation for update needs no lock of its own.
 */
public final class InMemoryItemValuations implements ItemValuations {

    private record Key(TenantId tenant, ItemId item) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Key, ItemValuation> byKey = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryItemValuations(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static ItemValuation copy(ItemValuation v, long version) {
        return ItemValuation.restore(v.tenant(), v.item(), v.currency(), v.method(), v.layers(), v.deficitQuantity(),
                v.deficitValue(), v.standardCost().orElse(null), v.lastUnitCost().orElse(null), version);
    }

    @Override
    public Optional<ItemValuation> lockForUpdate(TenantId tenant, ItemId item) {
        unitOfWork.transaction();
        return find(tenant, item);
    }

    @Override
    public Optional<ItemValuation> find(TenantId tenant, ItemId item) {
        ItemValuation stored = byKey.get(new Key(tenant, item));
        return stored == null ? Optional.empty() : Optional.of(copy(stored, stored.version()));
    }

    @Override
    public void save(ItemValuation valuation) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = new Key(valuation.tenant(), valuation.item());
        ItemValuation stored = byKey.get(key);
        long storedVersion = stored == null ? -1 : stored.version();
        long expected = valuation.version() == 0 && stored == null ? -1 : valuation.version();
        if (storedVersion != expected) {
            throw new ConcurrentUpdateException("The valuation of item " + valuation.item() + " was changed by someone else.");
        }
        byKey.put(key, copy(valuation, stored == null ? 0 : valuation.version() + 1));
        tx.onRollback(() -> {
            if (stored == null) {
                byKey.remove(key);
            } else {
                byKey.put(key, stored);
            }
        });
    }

    @Override
    public List<ItemValuation> findAll(TenantId tenant) {
        return byKey.values().stream().filter(v -> v.tenant().equals(tenant))
                .sorted(Comparator.comparing(v -> v.item().value()))
                .map(v -> copy(v, v.version())).toList();
    }
}
