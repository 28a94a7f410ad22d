package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountStatus;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.PhysicalCount;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.spi.PhysicalCounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Physical counts in memory, with at most one open count per location. Stores copies. */
public final class InMemoryPhysicalCounts implements PhysicalCounts {

    private record LocationKey(TenantId tenant, LocationId location) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<CountId, PhysicalCount> byId = new ConcurrentHashMap<>();
    private final Map<LocationKey, CountId> openByLocation = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPhysicalCounts(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static PhysicalCount copy(PhysicalCount c, long version) {
        return PhysicalCount.restore(c.id(), c.tenant(), c.location(), c.reference().orElse(null), c.lines(), c.status(),
                c.openedBy(), c.openedAt(), c.closedAt().orElse(null), version);
    }

    @Override
    public void add(PhysicalCount count) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        LocationKey key = new LocationKey(count.tenant(), count.location());
        if (count.status() == CountStatus.OPEN && openByLocation.containsKey(key)) {
            throw new RuleViolationException(StockError.COUNT_ALREADY_OPEN, "The location already has an open count.");
        }
        if (byId.putIfAbsent(count.id(), copy(count, count.version())) != null) {
            throw new IllegalStateException("count " + count.id() + " exists already");
        }
        if (count.status() == CountStatus.OPEN) {
            openByLocation.put(key, count.id());
        }
        tx.onRollback(() -> {
            byId.remove(count.id());
            openByLocation.remove(key, count.id());
        });
    }

    @Override
    public void update(PhysicalCount count) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        PhysicalCount stored = byId.get(count.id());
        if (stored == null || !stored.tenant().equals(count.tenant())) {
            throw new IllegalStateException("count " + count.id() + " is not stored");
        }
        if (stored.version() != count.version()) {
            throw new ConcurrentUpdateException("Count " + count.id() + " was changed by someone else.");
        }
        byId.put(count.id(), copy(count, count.version() + 1));
        LocationKey key = new LocationKey(count.tenant(), count.location());
        boolean closed = stored.status() == CountStatus.OPEN && count.status() != CountStatus.OPEN;
        if (closed) {
            openByLocation.remove(key, count.id());
        }
        tx.onRollback(() -> {
            byId.put(count.id(), stored);
            if (closed) {
                openByLocation.put(key, count.id());
            }
        });
    }

    @Override
    public Optional<PhysicalCount> find(TenantId tenant, CountId id) {
        PhysicalCount stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<PhysicalCount> findOpen(TenantId tenant, LocationId location) {
        CountId id = openByLocation.get(new LocationKey(tenant, location));
        return id == null ? Optional.empty() : find(tenant, id);
    }
}
