package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PendingEntryEntity;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PendingEntries} on {@code bo_pending_entries}, {@code bo_pending_lines} and
 * {@code bo_pending_line_dimensions}. A resolution is written through the entry's optimistic
 * version, so of two units of work that resolve the same entry only the first commits.
 */
final class JpaPendingEntries implements PendingEntries {

    private final JpaUnitOfWork uow;

    JpaPendingEntries(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(PendingEntry entry) {
        Objects.requireNonNull(entry, "entry");
        uow.withEntityManager(em -> {
            em.persist(AggregateMapper.newEntity(entry));
            return null;
        });
    }

    @Override
    public void update(PendingEntry entry) {
        Objects.requireNonNull(entry, "entry");
        uow.withEntityManager(em -> {
            PendingEntryEntity entity = load(em, entry);
            AggregateMapper.copyChangeable(entry, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<PendingEntry> find(TenantId tenant, PendingEntryId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoPendingEntry e left join fetch e.lines"
                                + " where e.tenantId = :tenant and e.id = :id", PendingEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    @Override
    public List<PendingEntry> findDue(TenantId tenant, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            // the ids first (limit in SQL, on the (tenant_id, status, expires_at) index), then the entries with their lines
            List<UUID> ids = em.createQuery(
                            "select e.id from BoPendingEntry e where e.tenantId = :tenant and e.status = :status"
                                    + " and e.expiresAt <= :now order by e.expiresAt, e.id", UUID.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("status", PendingStatus.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(limit)
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            return em.createQuery(
                            "select distinct e from BoPendingEntry e left join fetch e.lines"
                                    + " where e.tenantId = :tenant and e.id in :ids", PendingEntryEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", ids)
                    .getResultList()
                    .stream()
                    .sorted(Comparator.comparing(PendingEntryEntity::getExpiresAt).thenComparing(PendingEntryEntity::getId))
                    .map(AggregateMapper::toDomain)
                    .toList();
        });
    }

    private static PendingEntryEntity load(EntityManager em, PendingEntry entry) {
        return VersionedRows.forUpdate(em, PendingEntryEntity.class, entry.id().value(), entry.tenant(),
                entry.version(), LedgerError.PENDING_NOT_FOUND, "Pending entry " + entry.id());
    }
}
