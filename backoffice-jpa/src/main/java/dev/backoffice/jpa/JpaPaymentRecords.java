package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.PaymentRecords;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PaymentEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link PaymentRecords} on {@code bo_payments} with its allocation and refund tables; changes
 * guarded by the row's {@code @Version}, so that two allocations never spend the same amount.
 */
final class JpaPaymentRecords implements PaymentRecords {

    private final JpaUnitOfWork uow;

    JpaPaymentRecords(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Payment payment) {
        uow.withEntityManager(em -> {
            em.persist(ReceivablesMapper.newEntity(payment));
            return null;
        });
    }

    @Override
    public void update(Payment payment) {
        uow.withEntityManager(em -> {
            PaymentEntity entity = VersionedRows.forUpdate(em, PaymentEntity.class, payment.id().value(),
                    payment.tenant(), payment.version(), ReceivablesError.PAYMENT_NOT_FOUND, "Payment " + payment.id());
            ReceivablesMapper.copyState(payment, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Payment> find(TenantId tenant, PaymentId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoPayment p where p.tenantId = :tenant and p.id = :id", PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(ReceivablesMapper::toDomain));
    }

    @Override
    public List<Payment> findByParty(TenantId tenant, PartyId party) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoPayment p where p.tenantId = :tenant and p.partyId = :party"
                                + " order by p.date, p.id", PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("party", party.value())
                .getResultStream()
                .map(ReceivablesMapper::toDomain)
                .toList());
    }

    @Override
    public List<Payment> findByRole(TenantId tenant, PartyRole role, LocalDate onOrBefore) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoPayment p where p.tenantId = :tenant and p.partyRole = :role"
                                + " and p.date <= :day order by p.date, p.id", PaymentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("role", role)
                .setParameter("day", onOrBefore)
                .getResultStream()
                .map(ReceivablesMapper::toDomain)
                .toList());
    }
}
