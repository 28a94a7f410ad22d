package dev.backoffice.inmemory;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.spi.StockQuantities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * On-hand and reserved quantities in memory, one immutable {@link StockQuant} per item, location
 * and lot, indexed by tenant and item. A change is checked against its guard and applied while
 * the store's single lock is held (every unit of work holds it), which makes check and write one
 * atomic step, as the guarded statement of a database adapter does.
 */
public final class InMemoryStockQuantities implements StockQuantities {

    private static final Comparator<StockQuant> ROW_ORDER = Comparator
            .comparing((StockQuant q) -> q.location().value()).thenComparing(StockQuant::lot);

    private record ItemKey(TenantId tenant, ItemId item) {
    }

    private record RowKey(LocationId location, String lot) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<ItemKey, Map<RowKey, StockQuant>> rows = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockQuantities(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean apply(TenantId tenant, QuantityChange change, Instant now) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Map<RowKey, StockQuant> itemRows = rows.computeIfAbsent(new ItemKey(tenant, change.item()),
                k -> new ConcurrentHashMap<>());
        RowKey key = new RowKey(change.location(), change.lot());
        StockQuant before = itemRows.get(key);
        StockQuant base = before != null ? before
                : new StockQuant(change.item(), change.location(), change.lot(), BigDecimal.ZERO, BigDecimal.ZERO, now);
        StockQuant after = base.plus(change);
        if (!change.guard().allows(after.onHand(), after.reserved())) {
            return false;
        }
        itemRows.put(key, after);
        tx.onRollback(() -> {
            if (before == null) {
                itemRows.remove(key);
            } else {
                itemRows.put(key, before);
            }
        });
        return true;
    }

    @Override
    public Optional<StockQuant> find(TenantId tenant, ItemId item, LocationId location, String lot) {
        Map<RowKey, StockQuant> itemRows = rows.get(new ItemKey(tenant, item));
        return itemRows == null ? Optional.empty() : Optional.ofNullable(itemRows.get(new RowKey(location, lot)));
    }

    @Override
    public List<StockQuant> findByItem(TenantId tenant, ItemId item) {
        Map<RowKey, StockQuant> itemRows = rows.get(new ItemKey(tenant, item));
        return itemRows == null ? List.of() : itemRows.values().stream().sorted(ROW_ORDER).toList();
    }

    @Override
    public List<StockQuant> findByLot(TenantId tenant, ItemId item, String lot) {
        return findByItem(tenant, item).stream().filter(q -> q.lot().equals(lot)).toList();
    }

    @Override
    public List<StockQuant> findReserved(TenantId tenant) {
        return rows.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant))
                .flatMap(e -> e.getValue().values().stream())
                .filter(q -> q.reserved().signum() != 0)
                .toList();
    }
}
