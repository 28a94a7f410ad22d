package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pending entries in memory, stored as copies. */
public final class InMemoryPendingEntries implements PendingEntries {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<PendingEntryId, PendingEntry> entries = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPendingEntries(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static PendingEntry copy(PendingEntry e, long version) {
        return PendingEntry.restore(e.id(), e.tenant(), e.accountingDate(), e.description(),
                e.sourceReference().orElse(null), e.lines(), e.expiresAt().orElse(null), e.createdBy(), e.createdAt(),
                e.status(), e.resolvedBy().orElse(null), e.resolvedAt().orElse(null), e.postedEntry().orElse(null),
                version);
    }

    @Override
    public void add(PendingEntry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (entries.putIfAbsent(entry.id(), copy(entry, entry.version())) != null) {
            throw new IllegalStateException("pending entry " + entry.id() + " exists already");
        }
        tx.onRollback(() -> entries.remove(entry.id()));
    }

    @Override
    public void update(PendingEntry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        PendingEntry stored = entries.get(entry.id());
        if (stored == null || !stored.tenant().equals(entry.tenant())) {
            throw new IllegalStateException("pending entry " + entry.id() + " is not stored");
        }
        if (stored.version() != entry.version()) {
            throw new ConcurrentUpdateException("Pending entry " + entry.id() + " was resolved by someone else.");
        }
        entries.put(entry.id(), copy(entry, entry.version() + 1));
        tx.onRollback(() -> entries.put(entry.id(), stored));
    }

    @Override
    public Optional<PendingEntry> find(TenantId tenant, PendingEntryId id) {
        PendingEntry stored = entries.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<PendingEntry> findDue(TenantId tenant, Instant now, int limit) {
        return entries.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.status() == PendingStatus.PENDING && e.isDue(now))
                .sorted(Comparator.comparing((PendingEntry e) -> e.expiresAt().orElseThrow()))
                .limit(limit)
                .map(e -> copy(e, e.version()))
                .toList();
    }
}
