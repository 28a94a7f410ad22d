package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalLineEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.StatelessSession;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link JournalEntries} on {@code bo_journal_entries}, {@code bo_journal_lines} and
 * {@code bo_journal_line_dimensions}. Posted entries ({@link #addAll}) are inserted in JDBC batches
 * by a stateless session that shares the unit of work's connection; drafts are persisted.
 */
final class JpaJournalEntries implements JournalEntries {

    private static final String INSERT_DIMENSION =
            "insert into bo_journal_line_dimensions (entry_id, line_no, dim_name, dim_value) values (?, ?, ?, ?)";

    private final JpaUnitOfWork uow;

    JpaJournalEntries(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void addAll(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        uow.withEntityManager(em -> {
            List<JournalEntryEntity> rows = new ArrayList<>(entries.size());
            List<JournalLineEntity> lines = new ArrayList<>(entries.size() * 2);
            for (JournalEntry entry : entries) {
                JournalEntryEntity row = AggregateMapper.newEntity(entry);
                rows.add(row);
                lines.addAll(row.getLines());
            }
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            // what the unit of work persisted before (a new account the lines name) goes first
            session.flush();
            // posted entries are never changed in the unit of work that posts them: written by a
            // stateless session on the same connection and transaction, they are not kept in the
            // persistence context, where the flush at commit would compare each entry and line with
            // a snapshot for nothing
            int batchSize = session.getFactory().getSessionFactoryOptions().getJdbcBatchSize();
            // a stateless session writes a line's dimensions one statement at a time: they go in a batch of their own
            List<Object[]> dimensions = new ArrayList<>();
            for (JournalLineEntity line : lines) {
                if (!line.getDimensions().isEmpty()) {
                    for (Map.Entry<String, String> dimension : new TreeMap<>(line.getDimensions()).entrySet()) {
                        dimensions.add(new Object[]{line.getId().getEntryId(), line.getId().getLineNo(),
                                dimension.getKey(), dimension.getValue()});
                    }
                    line.setDimensions(new HashMap<>());
                }
            }
            try (StatelessSession stateless = session.statelessWithOptions().connection().open()) {
                stateless.setJdbcBatchSize(batchSize);
                stateless.insertMultiple(rows);
                stateless.insertMultiple(lines);
            }
            if (!dimensions.isEmpty()) {
                session.doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT_DIMENSION)) {
                        int pending = 0;
                        for (Object[] dimension : dimensions) {
                            insert.setObject(1, dimension[0]);
                            insert.setInt(2, (Integer) dimension[1]);
                            insert.setString(3, (String) dimension[2]);
                            insert.setString(4, (String) dimension[3]);
                            insert.addBatch();
                            if (++pending == batchSize) {
                                insert.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            insert.executeBatch();
                        }
                    }
                });
            }
            return null;
        });
    }

    @Override
    public void update(JournalEntry entry) {
        uow.withEntityManager(em -> {
            JournalEntryEntity entity = load(em, entry);
            AggregateMapper.copyChangeable(entry, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public void removeDraft(JournalEntry draft) {
        uow.withEntityManager(em -> {
            JournalEntryEntity entity = load(em, draft);
            if (entity.getStatus() != EntryStatus.DRAFT) {
                throw new RuleViolationException(LedgerError.ENTRY_NOT_DRAFT,
                        "Entry " + draft.id() + " is posted and can never be deleted; reverse it instead.");
            }
            em.remove(entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<JournalEntry> find(TenantId tenant, JournalEntryId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoJournalEntry e left join fetch e.lines where e.tenantId = :tenant and e.id = :id",
                        JournalEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    private static JournalEntryEntity load(EntityManager em, JournalEntry entry) {
        return VersionedRows.forUpdate(em, JournalEntryEntity.class, entry.id().value(), entry.tenant(),
                entry.version(), LedgerError.ENTRY_NOT_FOUND, "Journal entry " + entry.id());
    }
}
