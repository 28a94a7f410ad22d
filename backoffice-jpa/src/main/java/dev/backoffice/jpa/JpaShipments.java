package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ShipmentEntity;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.Shipments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link Shipments} on {@code bo_shipments} and its child tables; optimistic locking through
 * {@code @Version} (a shipment is rarely contended): an update of a shipment someone changed since
 * it was read fails with a {@link dev.backoffice.common.ConcurrentUpdateException}, and the unit of
 * work runs again.
 */
final class JpaShipments implements Shipments {

    /** The shipments that are still under way (the late ones are among them). */
    private static final List<ShipmentStatus> FINISHED = List.of(ShipmentStatus.DELIVERED, ShipmentStatus.RETURNED,
            ShipmentStatus.CANCELLED);

    /** Reads of one shipment before giving up to the unit of work's retry (see {@link #consistent}). */
    private static final int CONSISTENT_READ_ATTEMPTS = 5;

    private final JpaUnitOfWork uow;

    JpaShipments(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Shipment shipment) {
        uow.withEntityManager(em -> {
            em.persist(ShipmentsMapper.newEntity(shipment));
            return null;
        });
    }

    @Override
    public void update(Shipment shipment) {
        uow.withEntityManager(em -> {
            ShipmentEntity entity = VersionedRows.forUpdate(em, ShipmentEntity.class, shipment.id().value(),
                    shipment.tenant(), shipment.version(), ShipmentsError.SHIPMENT_NOT_FOUND,
                    "Shipment " + shipment.id());
            ShipmentsMapper.copyChangeable(shipment, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Shipment> find(TenantId tenant, ShipmentId id) {
        if (id == null) {
            return Optional.empty();
        }
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(ShipmentEntity.class, id.value()))
                .filter(s -> s.getTenantId().equals(tenant.value()))
                .map(s -> consistent(em, s)));
    }

    @Override
    public Optional<Shipment> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select s from BoShipment s join s.labels l where s.tenantId = :tenant"
                                + " and l.tenantId = :tenant and l.trackingNumber = :number order by s.createdAt, s.id",
                        ShipmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("number", trackingNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(s -> consistent(em, s)));
    }

    /**
     * The shipment as one committed state. Its row and its child tables are read by separate
     * statements, and under READ COMMITTED a commit between them could pair the old row with the new
     * children (a tracking event already there, the status not yet changed), and a command deciding
     * on that torn state (the event is a duplicate: nothing to do) would answer with a status that
     * never was. Every change of a child bumps the row's version, so the shipment is read again
     * until its version is the same after its children were read as before.
     */
    private static Shipment consistent(jakarta.persistence.EntityManager em, ShipmentEntity entity) {
        for (int attempt = 0; attempt < CONSISTENT_READ_ATTEMPTS; attempt++) {
            Shipment shipment = ShipmentsMapper.toDomain(entity);
            Long version = em.createQuery("select s.version from BoShipment s where s.id = :id", Long.class)
                    .setParameter("id", entity.getId())
                    .getResultStream().findFirst().orElse(null);
            if (version != null && version == entity.getVersion()) {
                return shipment;
            }
            em.refresh(entity);
        }
        throw new dev.backoffice.common.ConcurrentUpdateException("Shipment " + entity.getId()
                + " kept changing while it was read.");
    }

    @Override
    public List<Shipment> findLate(TenantId tenant, LocalDate today, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select s from BoShipment s where s.tenantId = :tenant and s.promisedDate < :today"
                                + " and s.status not in :finished order by s.promisedDate, s.createdAt, s.id",
                        ShipmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("today", today)
                .setParameter("finished", FINISHED)
                .setMaxResults(limit)
                .getResultStream()
                .map(ShipmentsMapper::toDomain)
                .toList());
    }

    @Override
    public List<Shipment> findByStatus(TenantId tenant, ShipmentStatus status, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select s from BoShipment s where s.tenantId = :tenant and s.status = :status"
                                + " order by s.createdAt, s.id",
                        ShipmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultStream()
                .map(ShipmentsMapper::toDomain)
                .toList());
    }
}
