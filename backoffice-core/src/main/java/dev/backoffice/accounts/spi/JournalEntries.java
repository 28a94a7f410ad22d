package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.common.TenantId;

import java.util.List;
import java.util.Optional;

/** The journal: drafts and posted entries with their lines. Every method is scoped to one tenant. */
public interface JournalEntries {

    /**
     * Stores new entries (drafts or posted), in one round trip where the adapter can batch.
     *
     * @param entries the new entries
     */
    void addAll(List<JournalEntry> entries);

    /**
     * Stores a new entry.
     *
     * @param entry the new entry
     */
    default void add(JournalEntry entry) {
        addAll(List.of(entry));
    }

    /**
     * Stores a changed entry: a revised or posted draft, or a posted entry marked reversed. Fails
     * with {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no
     * longer {@link JournalEntry#version()}.
     *
     * @param entry the changed entry
     */
    void update(JournalEntry entry);

    /**
     * Deletes a draft. Posted entries are never deleted.
     *
     * @param draft the draft
     */
    void removeDraft(JournalEntry draft);

    /**
     * The entry of the tenant, with its lines; empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the entry id
     * @return the entry, or empty
     */
    Optional<JournalEntry> find(TenantId tenant, JournalEntryId id);
}
