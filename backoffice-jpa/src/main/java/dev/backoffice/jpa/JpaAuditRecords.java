package dev.backoffice.jpa;

import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.AuditRecords;
import dev.backoffice.jpa.entity.AuditRecordEntity;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link AuditRecords} on {@code bo_audit_records}: append-only. */
final class JpaAuditRecords implements AuditRecords {

    private final JpaUnitOfWork uow;

    JpaAuditRecords(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    /** Writes the record with one plain JDBC statement ({@link JdbcRows}) instead of as an entity. */
    @Override
    public void append(AuditRecord record) {
        List<AuditRecordEntity> rows = List.of(RecordMapper.INSTANCE.toEntity(record));
        uow.withEntityManager(em -> {
            JdbcRows.insertAuditRecords(em, rows);
            return null;
        });
    }

    /** Writes the records as one JDBC batch ({@link JdbcRows}) instead of as entities. */
    @Override
    public void appendAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<AuditRecordEntity> rows = new java.util.ArrayList<>(records.size());
        for (AuditRecord record : records) {
            rows.add(RecordMapper.INSTANCE.toEntity(record));
        }
        uow.withEntityManager(em -> {
            JdbcRows.insertAuditRecords(em, rows);
            return null;
        });
    }

    @Override
    public List<AuditRecord> find(TenantId tenant, UUID subjectId, String actorId, Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select r from BoAuditRecord r where r.tenantId = :tenant");
        if (subjectId != null) {
            jpql.append(" and r.subjectId = :subject");
        }
        if (actorId != null) {
            jpql.append(" and r.actorId = :actor");
        }
        if (from != null) {
            jpql.append(" and r.at >= :from");
        }
        if (to != null) {
            jpql.append(" and r.at < :to");
        }
        jpql.append(" order by r.at, r.id");
        return uow.readWithEntityManager(em -> {
            TypedQuery<AuditRecordEntity> query = em.createQuery(jpql.toString(), AuditRecordEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setMaxResults(limit);
            if (subjectId != null) {
                query.setParameter("subject", subjectId);
            }
            if (actorId != null) {
                query.setParameter("actor", actorId);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query.getResultStream().map(RecordMapper.INSTANCE::toDomain).toList();
        });
    }
}
