package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.GatewayChargeEntity;

import java.util.Optional;

/**
 * {@link GatewayCharges} on {@code bo_gateway_charges} and the references of the gateway
 * operations applied; changes guarded by the row's {@code @Version}, so that a use case and a
 * gateway notification never both apply the same capture.
 */
final class JpaGatewayCharges implements GatewayCharges {

    private final JpaUnitOfWork uow;

    JpaGatewayCharges(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(GatewayCharge charge) {
        uow.withEntityManager(em -> {
            em.persist(ReceivablesMapper.newEntity(charge));
            return null;
        });
    }

    @Override
    public void update(GatewayCharge charge) {
        uow.withEntityManager(em -> {
            GatewayChargeEntity entity = VersionedRows.forUpdate(em, GatewayChargeEntity.class, charge.id().value(),
                    charge.tenant(), charge.version(), ReceivablesError.GATEWAY_CHARGE_NOT_FOUND,
                    "Gateway charge " + charge.id());
            ReceivablesMapper.copyState(charge, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<GatewayCharge> find(TenantId tenant, GatewayChargeId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select c from BoGatewayCharge c where c.tenantId = :tenant and c.id = :id",
                        GatewayChargeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(ReceivablesMapper::toDomain));
    }
}
