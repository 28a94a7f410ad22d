package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.spi.StockItems;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stock items in memory. Stores copies, so a caller's object never changes the store behind its back. */
public final class InMemoryStockItems implements StockItems {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<ItemId, StockItem> byId = new ConcurrentHashMap<>();
    private final Map<String, ItemId> bySku = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockItems(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String skuKey(TenantId tenant, String sku) {
        return tenant.value() + '\u0000' + sku;
    }

    private static StockItem copy(StockItem i, long version) {
        return StockItem.restore(i.id(), i.tenant(), i.sku(), i.name(), i.unit(), i.tracking(), i.valuation(),
                i.negativeStock(), i.backordersAllowed(), i.createdAt(), version);
    }

    @Override
    public void add(StockItem item) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = skuKey(item.tenant(), item.sku());
        if (bySku.containsKey(key)) {
            throw new RuleViolationException(StockError.ITEM_SKU_TAKEN, "The SKU " + item.sku() + " is already used.");
        }
        if (byId.containsKey(item.id())) {
            throw new IllegalStateException("stock item " + item.id() + " exists already");
        }
        byId.put(item.id(), copy(item, item.version()));
        bySku.put(key, item.id());
        tx.onRollback(() -> {
            byId.remove(item.id());
            bySku.remove(key);
        });
    }

    @Override
    public void update(StockItem item) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        StockItem stored = byId.get(item.id());
        if (stored == null || !stored.tenant().equals(item.tenant())) {
            throw new IllegalStateException("stock item " + item.id() + " is not stored");
        }
        if (stored.version() != item.version()) {
            throw new ConcurrentUpdateException("Stock item " + item.sku() + " was changed by someone else.");
        }
        byId.put(item.id(), copy(item, item.version() + 1));
        tx.onRollback(() -> byId.put(item.id(), stored));
    }

    @Override
    public Optional<StockItem> find(TenantId tenant, ItemId id) {
        StockItem stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<StockItem> findBySku(TenantId tenant, String sku) {
        ItemId id = bySku.get(skuKey(tenant, sku));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public List<StockItem> findAll(TenantId tenant) {
        return byId.values().stream()
                .filter(i -> i.tenant().equals(tenant))
                .sorted(Comparator.comparing(StockItem::sku))
                .map(i -> copy(i, i.version()))
                .toList();
    }
}
