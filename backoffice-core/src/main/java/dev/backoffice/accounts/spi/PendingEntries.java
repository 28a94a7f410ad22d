package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Pending (two-phase) entries of every tenant. Every method is scoped to one tenant. */
public interface PendingEntries {

    /**
     * Stores a new pending entry.
     *
     * @param entry the new pending entry
     */
    void add(PendingEntry entry);

    /**
     * Stores a resolution. Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when
     * the stored version is no longer {@link PendingEntry#version()}, so an entry is resolved once.
     *
     * @param entry the resolved entry
     */
    void update(PendingEntry entry);

    /**
     * The pending entry of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the pending entry id
     * @return the entry, or empty
     */
    Optional<PendingEntry> find(TenantId tenant, PendingEntryId id);

    /**
     * Pending entries of the tenant whose timeout is at or before {@code now}, oldest timeout first.
     *
     * @param tenant the tenant
     * @param now    the current instant
     * @param limit  at most this many
     * @return the entries due to expire
     */
    List<PendingEntry> findDue(TenantId tenant, Instant now, int limit);
}
