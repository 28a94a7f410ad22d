package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Pending (two-phase) entries of every tenant. Every method is scoped to one tenant. */
public interface PendingEntries {

    void add(PendingEntry entry);

    /**
     * Stores a resolution. Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when
     * the stored version is no longer {@link PendingEntry#version()}, so an entry is resolved once.
     */
    void update(PendingEntry entry);

    Optional<PendingEntry> find(TenantId tenant, PendingEntryId id);

    /** Pending entries of the tenant whose timeout is at or before {@code now}, oldest timeout first. */
    List<PendingEntry> findDue(TenantId tenant, Instant now, int limit);
}
