package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.UnreconciledLine;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.Money;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReconciledLineEntity;
import dev.backoffice.jpa.entity.ReconciliationEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@link Reconciliations} on {@code bo_reconciliations} and {@code bo_reconciliation_lines} (every
 * reconciliation, undone ones too) and {@code bo_reconciled_lines} (the lines active ones hold).
 *
 * <p>A line belongs to at most one active reconciliation because the primary key of
 * {@code bo_reconciled_lines} is (tenant, entry, line number). {@link #add} inserts the lines in
 * {@link JournalLineRef} order and flushes at once: a concurrent transaction that inserted the same
 * line first makes this insert wait for it on PostgreSQL; if it commits, the insert fails and
 * {@link #add} throws {@link ConcurrentUpdateException}, so that {@link JpaUnitOfWork} runs the
 * use case again: the retry sees the line taken and refuses it with
 * {@code ledger.reconciliation.line_already_reconciled}, or, when both requests carried the same
 * idempotency key, returns the first reconciliation. Two writers take lines in the same global
 * order, so they never deadlock. An undo deletes the rows, which frees the lines; the
 * reconciliation row stays with its lines as history.
 *
 * <p>The unreconciled lines are one SQL query over {@code bo_journal_lines} (index on tenant,
 * account, date) with a {@code NOT EXISTS} on the primary key of {@code bo_reconciled_lines}; it
 * runs unchanged on PostgreSQL and H2.
 */
final class JpaReconciliations implements Reconciliations {

    private static final ReconciliationMapper MAPPER = ReconciliationMapper.INSTANCE;

    /** The table whose primary key a second active membership of a line violates. */
    private static final String ACTIVE_LINES_TABLE = "bo_reconciled_lines";

    private static final String UNRECONCILED_FROM = """
            from bo_journal_lines l
            join bo_journal_entries e on e.id = l.entry_id
            where l.tenant_id = :tenant and l.account_id = :account and l.posted = true
              and l.accounting_date >= :fromDate and l.accounting_date <= :toDate
              and not exists (select 1 from bo_reconciled_lines r
                              where r.tenant_id = l.tenant_id and r.entry_id = l.entry_id and r.line_no = l.line_no)
            """;

    private static final String UNRECONCILED_SQL = "select l.entry_id, l.line_no, l.accounting_date, e.description, "
            + "l.memo, l.side, l.amount_minor, l.currency " + UNRECONCILED_FROM
            + "order by l.accounting_date, l.entry_id, l.line_no offset :skip rows fetch next :take rows only";

    private static final String COUNT_SQL = "select count(*) " + UNRECONCILED_FROM;

    private final JpaUnitOfWork uow;

    JpaReconciliations(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Reconciliation reconciliation) {
        uow.withEntityManager(em -> {
            em.persist(MAPPER.newEntity(reconciliation));
            em.flush();
            if (reconciliation.isActive()) {
                for (JournalLineRef line : new TreeSet<>(reconciliation.refs())) {
                    em.persist(new ReconciledLineEntity(reconciliation.tenant().value(), line.entry().value(),
                            line.lineNo(), reconciliation.id().value()));
                }
                try {
                    em.flush();
                } catch (PersistenceException e) {
                    if (isActiveLineTaken(e)) {
                        // another transaction committed a reconciliation of one of the lines first: the retry of
                        // the unit of work finds it (ledger.reconciliation.line_already_reconciled), or finds the
                        // first result when both requests carried the same idempotency key
                        throw new ConcurrentUpdateException("A line of reconciliation " + reconciliation.id()
                                + " was reconciled by a concurrent transaction.", e);
                    }
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public void update(Reconciliation reconciliation) {
        uow.withEntityManager(em -> {
            ReconciliationEntity entity = VersionedRows.forUpdate(em, ReconciliationEntity.class,
                    reconciliation.id().value(), reconciliation.tenant(), reconciliation.version(),
                    LedgerError.RECONCILIATION_NOT_FOUND, "Reconciliation " + reconciliation.id());
            MAPPER.copyChangeable(reconciliation, entity);
            em.flush();
            if (!reconciliation.isActive()) {
                em.createQuery("delete from BoReconciledLine r where r.tenantId = :tenant and r.reconciliationId = :id")
                        .setParameter("tenant", reconciliation.tenant().value())
                        .setParameter("id", reconciliation.id().value())
                        .executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Reconciliation> find(TenantId tenant, ReconciliationId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select r from BoReconciliation r left join fetch r.lines where r.tenantId = :tenant and r.id = :id",
                        ReconciliationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(MAPPER::toDomain));
    }

    @Override
    public Map<JournalLineRef, ReconciliationId> findActive(TenantId tenant, Collection<JournalLineRef> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        Set<JournalLineRef> wanted = new HashSet<>(lines);
        Set<UUID> entryIds = new HashSet<>();
        wanted.forEach(line -> entryIds.add(line.entry().value()));
        return uow.readWithEntityManager(em -> {
            Map<JournalLineRef, ReconciliationId> found = new HashMap<>();
            em.createQuery("select r from BoReconciledLine r where r.tenantId = :tenant and r.entryId in :entries",
                            ReconciledLineEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("entries", entryIds)
                    .getResultStream()
                    .forEach(row -> {
                        JournalLineRef ref = JournalLineRef.of(JournalEntryId.of(row.getEntryId()), row.getLineNo());
                        if (wanted.contains(ref)) {
                            found.put(ref, ReconciliationId.of(row.getReconciliationId()));
                        }
                    });
            return found;
        });
    }

    @Override
    public List<UnreconciledLine> unreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                                    int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            List<?> rows = em.createNativeQuery(UNRECONCILED_SQL)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .setParameter("fromDate", from)
                    .setParameter("toDate", to)
                    .setParameter("skip", Math.max(0, offset))
                    .setParameter("take", limit)
                    .getResultList();
            List<UnreconciledLine> lines = new ArrayList<>(rows.size());
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                Currency currency = Currency.getInstance(row[7].toString().strip());
                lines.add(new UnreconciledLine(JournalLineRef.of(JournalEntryId.of(NativeValues.uuid(row[0])), ((Number) row[1]).intValue()),
                        NativeValues.localDate(row[2]), (String) row[3], (String) row[4], Side.valueOf(((String) row[5]).strip()),
                        Money.ofMinor(((Number) row[6]).longValue(), currency)));
            }
            return lines;
        });
    }

    @Override
    public long countUnreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> ((Number) em.createNativeQuery(COUNT_SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .setParameter("fromDate", from)
                .setParameter("toDate", to)
                .getSingleResult()).longValue());
    }

    /** Whether the failure is a second active membership of a line: a unique violation on {@code bo_reconciled_lines}. */
    static boolean isActiveLineTaken(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState()) && s.getMessage() != null
                            && s.getMessage().toLowerCase(Locale.ROOT).contains(ACTIVE_LINES_TABLE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
