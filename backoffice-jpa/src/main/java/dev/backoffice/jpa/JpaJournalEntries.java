package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * {@link JournalEntries} on {@code bo_journal_entries}, {@code bo_journal_lines} and
 * {@code bo_journal_line_dimensions}. New entries are written as JDBC batches ({@link JdbcRows}):
 * one statement for the entries, one for their lines (and one for dimensions, if any), whatever
 * their number; they are read back as entities.
 */
final class JpaJournalEntries implements JournalEntries {

    private final JpaUnitOfWork uow;

    JpaJournalEntries(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void addAll(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<JournalEntryEntity> rows = new java.util.ArrayList<>(entries.size());
        for (JournalEntry entry : entries) {
            rows.add(AggregateMapper.newEntity(entry));
        }
        uow.withEntityManager(em -> {
            JdbcRows.insertEntries(em, rows, uow.database(em) == BackOfficeMigrations.Database.POSTGRESQL);
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
