package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.InboundReceiptEntity;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.InboundReceiptStatus;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.InboundReceipts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link InboundReceipts} on {@code bo_inbound_receipts} and its child tables; optimistic locking
 * through {@code @Version} (a receipt is rarely contended): an update of a receipt someone changed
 * since it was read fails with a {@link dev.backoffice.common.ConcurrentUpdateException}, and the
 * unit of work runs again.
 */
final class JpaInboundReceipts implements InboundReceipts {

    private static final List<InboundReceiptStatus> OPEN = List.of(InboundReceiptStatus.EXPECTED,
            InboundReceiptStatus.PARTIALLY_RECEIVED);

    private final JpaUnitOfWork uow;

    JpaInboundReceipts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(InboundReceipt receipt) {
        uow.withEntityManager(em -> {
            em.persist(InboundReceiptsMapper.newEntity(receipt));
            return null;
        });
    }

    @Override
    public void update(InboundReceipt receipt) {
        uow.withEntityManager(em -> {
            InboundReceiptEntity entity = VersionedRows.forUpdate(em, InboundReceiptEntity.class,
                    receipt.id().value(), receipt.tenant(), receipt.version(), ShipmentsError.RECEIPT_NOT_FOUND,
                    "Receipt " + receipt.id());
            InboundReceiptsMapper.copyChangeable(receipt, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<InboundReceipt> find(TenantId tenant, InboundReceiptId id) {
        if (id == null) {
            return Optional.empty();
        }
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(InboundReceiptEntity.class, id.value()))
                .filter(r -> r.getTenantId().equals(tenant.value()))
                .map(InboundReceiptsMapper::toDomain));
    }

    @Override
    public List<InboundReceipt> findOpen(TenantId tenant, int limit) {
        return findOpenBefore(tenant, null, limit);
    }

    @Override
    public List<InboundReceipt> findLate(TenantId tenant, LocalDate today, int limit) {
        return findOpenBefore(tenant, today, limit);
    }

    private List<InboundReceipt> findOpenBefore(TenantId tenant, LocalDate today, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            var query = em.createQuery("select r from BoInboundReceipt r where r.tenantId = :tenant"
                            + " and r.status in :open" + (today == null ? "" : " and r.expectedDate < :today")
                            + " order by r.expectedDate, r.createdAt, r.id", InboundReceiptEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("open", OPEN)
                    .setMaxResults(limit);
            if (today != null) {
                query.setParameter("today", today);
            }
            return query.getResultStream().map(InboundReceiptsMapper::toDomain).toList();
        });
    }
}
