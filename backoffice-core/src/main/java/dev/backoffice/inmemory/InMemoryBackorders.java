package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.spi.Backorders;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Backorders in memory. Stores copies. */
public final class InMemoryBackorders implements Backorders {

    private static final Comparator<Backorder> OLDEST_FIRST = Comparator.comparing(Backorder::createdAt)
            .thenComparing(b -> b.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<BackorderId, Backorder> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryBackorders(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Backorder copy(Backorder b, long version) {
        return Backorder.restore(b.id(), b.tenant(), b.request(), b.demand(), b.item(), b.unit(), b.quantity(), b.filled(),
                b.status(), b.strategy(), b.location().orElse(null), b.lot().orElse(null), b.createdAt(), version);
    }

    @Override
    public void add(Backorder backorder) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(backorder.id(), copy(backorder, backorder.version())) != null) {
            throw new IllegalStateException("backorder " + backorder.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(backorder.id()));
    }

    @Override
    public void update(Backorder backorder) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Backorder stored = byId.get(backorder.id());
        if (stored == null || !stored.tenant().equals(backorder.tenant())) {
            throw new IllegalStateException("backorder " + backorder.id() + " is not stored");
        }
        if (stored.version() != backorder.version()) {
            throw new ConcurrentUpdateException("Backorder " + backorder.id() + " was changed by someone else.");
        }
        byId.put(backorder.id(), copy(backorder, backorder.version() + 1));
        tx.onRollback(() -> byId.put(backorder.id(), stored));
    }

    @Override
    public Optional<Backorder> find(TenantId tenant, BackorderId id) {
        Backorder stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<Backorder> findByRequest(TenantId tenant, UUID request) {
        return select(b -> b.tenant().equals(tenant) && b.request().equals(request)).stream().findFirst();
    }

    @Override
    public List<Backorder> findByDemand(TenantId tenant, String demand) {
        return select(b -> b.tenant().equals(tenant) && b.demand().equals(demand));
    }

    @Override
    public List<Backorder> findOpen(TenantId tenant, ItemId item) {
        return select(b -> b.tenant().equals(tenant) && b.item().equals(item) && b.isOpen());
    }

    private List<Backorder> select(Predicate<Backorder> filter) {
        return byId.values().stream().filter(filter).sorted(OLDEST_FIRST).map(b -> copy(b, b.version())).toList();
    }
}
