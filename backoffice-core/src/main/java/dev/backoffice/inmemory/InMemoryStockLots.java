package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.spi.StockLots;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Lots and serial numbers in memory, unique per tenant, item and code. */
public final class InMemoryStockLots implements StockLots {

    private record Key(TenantId tenant, ItemId item, String code) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Key, StockLot> lots = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockLots(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(TenantId tenant, StockLot lot) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = new Key(tenant, lot.item(), lot.code());
        if (lots.putIfAbsent(key, lot) != null) {
            throw new ConcurrentUpdateException("Lot " + lot.code() + " of item " + lot.item() + " was stored by someone else.");
        }
        tx.onRollback(() -> lots.remove(key));
    }

    @Override
    public Optional<StockLot> find(TenantId tenant, ItemId item, String code) {
        return Optional.ofNullable(lots.get(new Key(tenant, item, code)));
    }

    @Override
    public Map<String, StockLot> findAll(TenantId tenant, ItemId item, Collection<String> codes) {
        Map<String, StockLot> found = new HashMap<>();
        for (String code : codes) {
            find(tenant, item, code).ifPresent(l -> found.put(code, l));
        }
        return found;
    }

    @Override
    public Map<String, StockLot> lockForUpdate(TenantId tenant, ItemId item, Collection<String> codes) {
        unitOfWork.transaction(); // the store's single lock already holds every lot
        return findAll(tenant, item, codes);
    }

    @Override
    public List<StockLot> findByItem(TenantId tenant, ItemId item) {
        return lots.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant) && e.getKey().item().equals(item))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(StockLot::receivedAt).thenComparing(StockLot::code))
                .toList();
    }
}
