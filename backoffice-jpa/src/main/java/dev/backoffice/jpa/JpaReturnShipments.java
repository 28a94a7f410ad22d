package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReturnShipmentEntity;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.ReturnShipments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * {@link ReturnShipments} on {@code bo_return_shipments} and its child tables; optimistic locking
 * through {@code @Version} (a return is rarely contended): an update of a return someone changed
 * since it was read fails with a {@link dev.backoffice.common.ConcurrentUpdateException}, and the
 * unit of work runs again.
 */
final class JpaReturnShipments implements ReturnShipments {

    private final JpaUnitOfWork uow;

    JpaReturnShipments(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(ReturnShipment returnShipment) {
        uow.withEntityManager(em -> {
            em.persist(ReturnShipmentsMapper.newEntity(returnShipment));
            return null;
        });
    }

    @Override
    public void update(ReturnShipment returnShipment) {
        uow.withEntityManager(em -> {
            ReturnShipmentEntity entity = VersionedRows.forUpdate(em, ReturnShipmentEntity.class,
                    returnShipment.id().value(), returnShipment.tenant(), returnShipment.version(),
                    ShipmentsError.RETURN_SHIPMENT_NOT_FOUND, "Return shipment " + returnShipment.id());
            ReturnShipmentsMapper.copyChangeable(returnShipment, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<ReturnShipment> find(TenantId tenant, ReturnShipmentId id) {
        return id == null ? Optional.empty() : uow.readWithEntityManager(em -> read(em, tenant, id, LockModeType.NONE));
    }

    @Override
    public Optional<ReturnShipment> lockForUpdate(TenantId tenant, ReturnShipmentId id) {
        return id == null ? Optional.empty() : uow.withEntityManager(em -> read(em, tenant, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Optional<ReturnShipment> read(EntityManager em, TenantId tenant, ReturnShipmentId id, LockModeType lock) {
        return Optional.ofNullable(em.find(ReturnShipmentEntity.class, id.value(), lock))
                .filter(r -> r.getTenantId().equals(tenant.value()))
                .map(ReturnShipmentsMapper::toDomain);
    }

    @Override
    public List<ReturnShipment> findByShipment(TenantId tenant, ShipmentId shipment) {
        if (shipment == null) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> em.createQuery("select r from BoReturnShipment r"
                        + " where r.tenantId = :tenant and r.shipmentId = :shipment order by r.createdAt, r.id",
                        ReturnShipmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("shipment", shipment.value())
                .getResultStream().map(ReturnShipmentsMapper::toDomain).toList());
    }
}
