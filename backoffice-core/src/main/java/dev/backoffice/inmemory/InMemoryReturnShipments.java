package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.spi.ReturnShipments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Return shipments in memory. Stores copies. */
public final class InMemoryReturnShipments implements ReturnShipments {

    private static final Comparator<ReturnShipment> OLDEST_FIRST = Comparator.comparing(ReturnShipment::createdAt)
            .thenComparing(r -> r.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<ReturnShipmentId, ReturnShipment> byId = new ConcurrentHashMap<>();

    /**
     * Return shipments over the unit of work of the other in-memory adapters.
     *
     * @param unitOfWork the unit of work whose rollback undoes the changes
     */
    public InMemoryReturnShipments(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static ReturnShipment copy(ReturnShipment r, long version) {
        return ReturnShipment.restore(r.id(), r.tenant(), r.shipment(), r.reason(), r.lines(), r.status(),
                r.trackingNumber(), r.label(), r.history(), r.createdAt(), r.createdBy(), version);
    }

    /**
     * Stores a new return shipment.
     *
     * @param returnShipment the return, at version 0
     */
    @Override
    public void add(ReturnShipment returnShipment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(returnShipment.id(), copy(returnShipment, returnShipment.version())) != null) {
            throw new IllegalStateException("return shipment " + returnShipment.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(returnShipment.id()));
    }

    /**
     * Stores a changed return shipment, refusing a stale one.
     *
     * @param returnShipment the return as changed
     */
    @Override
    public void update(ReturnShipment returnShipment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        synchronized (byId) {
            ReturnShipment stored = byId.get(returnShipment.id());
            if (stored == null || !stored.tenant().equals(returnShipment.tenant())) {
                throw new IllegalStateException("return shipment " + returnShipment.id() + " is not stored");
            }
            if (stored.version() != returnShipment.version()) {
                throw new ConcurrentUpdateException("Return shipment " + returnShipment.id()
                        + " was changed by someone else.");
            }
            byId.put(returnShipment.id(), copy(returnShipment, returnShipment.version() + 1));
            tx.onRollback(() -> byId.put(returnShipment.id(), stored));
        }
    }

    /**
     * The tenant's return shipment of that id.
     *
     * @param tenant the tenant
     * @param id     the id, or null
     * @return a copy of the return, or empty
     */
    @Override
    public Optional<ReturnShipment> find(TenantId tenant, ReturnShipmentId id) {
        ReturnShipment stored = id == null ? null : byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version()))
                : Optional.empty();
    }

    /**
     * The tenant's return shipments of a shipment, oldest first.
     *
     * @param tenant   the tenant
     * @param shipment the shipment, or null (then none)
     * @return copies of the returns
     */
    @Override
    public List<ReturnShipment> findByShipment(TenantId tenant, ShipmentId shipment) {
        return byId.values().stream().filter(r -> r.tenant().equals(tenant) && r.shipment().equals(shipment))
                .sorted(OLDEST_FIRST).map(r -> copy(r, r.version())).toList();
    }
}
