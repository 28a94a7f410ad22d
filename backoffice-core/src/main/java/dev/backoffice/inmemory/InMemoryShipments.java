package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.spi.Shipments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shipments in memory, the embedded default of the {@link Shipments} port. Stores copies, so a
 * caller's object never changes the store behind its back; every change is undone when its unit of
 * work rolls back, and an update of a stale version fails as a database would.
 */
public final class InMemoryShipments implements Shipments {

    private static final Comparator<Shipment> OLDEST_FIRST = Comparator.comparing(Shipment::createdAt)
            .thenComparing(s -> s.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<ShipmentId, Shipment> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryShipments(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Shipment copy(Shipment s, long version) {
        return Shipment.restore(s.id(), s.tenant(), s.reference(), s.origin(), s.destination(), s.lines(),
                s.promisedDate(), s.status(), s.history(), s.deliveryProof().orElse(null), s.packages(),
                s.backorderOf().orElse(null), s.backorder().orElse(null), s.booking().orElse(null),
                s.tracking(), s.returns(), s.createdAt(), s.createdBy(),
                version);
    }

    /**
     * Stores a new shipment in the unit of work.
     *
     * @param shipment the new shipment
     */
    @Override
    public void add(Shipment shipment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(shipment.id(), copy(shipment, shipment.version())) != null) {
            throw new IllegalStateException("shipment " + shipment.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(shipment.id()));
    }

    /**
     * Stores a changed shipment; fails with {@link dev.backoffice.common.ConcurrentUpdateException} when the
     * stored version is no longer the one it was read at.
     *
     * @param shipment the shipment as changed
     */
    @Override
    public void update(Shipment shipment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Shipment stored = byId.get(shipment.id());
        if (stored == null || !stored.tenant().equals(shipment.tenant())) {
            throw new IllegalStateException("shipment " + shipment.id() + " is not stored");
        }
        if (stored.version() != shipment.version()) {
            throw new ConcurrentUpdateException("Shipment " + shipment.id() + " was changed by someone else.");
        }
        byId.put(shipment.id(), copy(shipment, shipment.version() + 1));
        tx.onRollback(() -> byId.put(shipment.id(), stored));
    }

    /**
     * The shipment with that id in the tenant.
     *
     * @param tenant the tenant
     * @param id     the shipment's id
     * @return the shipment, or empty
     */
    @Override
    public Optional<Shipment> find(TenantId tenant, ShipmentId id) {
        Shipment stored = id == null ? null : byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version()))
                : Optional.empty();
    }

    /**
     * The tenant's shipment one of whose packages has the tracking number.
     *
     * @param tenant         the tenant
     * @param trackingNumber the carrier's tracking number
     * @return the shipment, or empty
     */
    @Override
    public Optional<Shipment> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return byId.values().stream().filter(s -> s.tenant().equals(tenant) && s.booking()
                        .map(b -> b.trackingNumbers().contains(trackingNumber)).orElse(false))
                .sorted(OLDEST_FIRST).findFirst().map(s -> copy(s, s.version()));
    }

    /**
     * The tenant's shipments promised before {@code today} and not yet delivered, returned or cancelled.
     *
     * @param tenant the tenant
     * @param today  the day to compare the promised dates with
     * @param limit  the most shipments returned
     * @return the late shipments, earliest promise first
     */
    @Override
    public List<Shipment> findLate(TenantId tenant, java.time.LocalDate today, int limit) {
        return byId.values().stream().filter(s -> s.tenant().equals(tenant) && s.promisedDate().isBefore(today)
                        && s.status() != ShipmentStatus.DELIVERED && s.status() != ShipmentStatus.RETURNED
                        && s.status() != ShipmentStatus.CANCELLED)
                .sorted(Comparator.comparing(Shipment::promisedDate).thenComparing(OLDEST_FIRST)).limit(limit)
                .map(s -> copy(s, s.version())).toList();
    }

    /**
     * The tenant's shipments in a state.
     *
     * @param tenant the tenant
     * @param status the state
     * @param limit  the most shipments returned
     * @return the shipments, oldest first
     */
    @Override
    public List<Shipment> findByStatus(TenantId tenant, ShipmentStatus status, int limit) {
        return byId.values().stream().filter(s -> s.tenant().equals(tenant) && s.status() == status)
                .sorted(OLDEST_FIRST).limit(limit).map(s -> copy(s, s.version())).toList();
    }
}
