package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.spi.StockReservations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reservations in memory, with an index of the open ones per tenant and demand so that an issue
 * finds its demand's reservations without a scan. Stores copies.
 */
public final class InMemoryStockReservations implements StockReservations {

    private static final Comparator<Reservation> OLDEST_FIRST = Comparator.comparing(Reservation::createdAt)
            .thenComparing(r -> r.id().value());

    private record DemandKey(TenantId tenant, String demand) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<ReservationId, Reservation> byId = new ConcurrentHashMap<>();
    private final Map<DemandKey, Set<ReservationId>> byDemand = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockReservations(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Reservation copy(Reservation r, long version) {
        return Reservation.restore(r.id(), r.tenant(), r.request(), r.demand(), r.item(), r.location(), r.lot(), r.unit(),
                r.quantity(), r.consumed(), r.released(), r.status(), r.createdAt(), version);
    }

    @Override
    public void add(Reservation reservation) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(reservation.id(), copy(reservation, reservation.version())) != null) {
            throw new IllegalStateException("reservation " + reservation.id() + " exists already");
        }
        DemandKey key = new DemandKey(reservation.tenant(), reservation.demand());
        byDemand.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(reservation.id());
        tx.onRollback(() -> {
            byId.remove(reservation.id());
            byDemand.get(key).remove(reservation.id());
        });
    }

    @Override
    public void update(Reservation reservation) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Reservation stored = byId.get(reservation.id());
        if (stored == null || !stored.tenant().equals(reservation.tenant())) {
            throw new IllegalStateException("reservation " + reservation.id() + " is not stored");
        }
        if (stored.version() != reservation.version()) {
            throw new ConcurrentUpdateException("Reservation " + reservation.id() + " was changed by someone else.");
        }
        byId.put(reservation.id(), copy(reservation, reservation.version() + 1));
        tx.onRollback(() -> byId.put(reservation.id(), stored));
    }

    @Override
    public Optional<Reservation> find(TenantId tenant, ReservationId id) {
        Reservation stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<Reservation> findByRequest(TenantId tenant, UUID request) {
        return select(r -> r.tenant().equals(tenant) && r.request().equals(request));
    }

    @Override
    public List<Reservation> findByDemand(TenantId tenant, String demand) {
        Set<ReservationId> ids = byDemand.getOrDefault(new DemandKey(tenant, demand), Set.of());
        List<Reservation> found = new ArrayList<>(ids.size());
        for (ReservationId id : ids) {
            find(tenant, id).ifPresent(found::add);
        }
        found.sort(OLDEST_FIRST);
        return found;
    }

    @Override
    public List<Reservation> findOpen(TenantId tenant, String demand, ItemId item) {
        return findByDemand(tenant, demand).stream().filter(r -> r.isOpen() && r.item().equals(item)).toList();
    }

    @Override
    public List<Reservation> findOpen(TenantId tenant) {
        return select(r -> r.tenant().equals(tenant) && r.isOpen());
    }

    private List<Reservation> select(Predicate<Reservation> filter) {
        return byId.values().stream().filter(filter).sorted(OLDEST_FIRST).map(r -> copy(r, r.version())).toList();
    }
}
