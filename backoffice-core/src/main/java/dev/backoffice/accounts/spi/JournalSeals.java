package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.JournalChainHead;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalSeal;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tamper-evident journal chains: per tenant, a head (last sequence and chain hash) and the
 * seals, one per posted entry, in sequence order. Every method is scoped to one tenant.
 *
 * <p>Sealing is the only writer, and it runs one at a time per tenant: {@link #lockHead} takes the
 * tenant's head for the rest of the unit of work (a database adapter locks the head row
 * {@code FOR UPDATE}, creating it on first use without a race); postings never touch the chain, so
 * they are never blocked by it. Seals are appended, never changed or deleted.
 */
public interface JournalSeals {

    /**
     * Locks the tenant's chain head until the current unit of work ends and returns it
     * ({@link JournalChainHead#genesis} for a tenant that has no seal yet). A second caller for the
     * same tenant waits until the first one's unit of work has ended, then reads the head it left.
     *
     * @param tenant the tenant
     * @return the locked head
     */
    JournalChainHead lockHead(TenantId tenant);

    /**
     * The tenant's chain head as last committed, without locking ({@link JournalChainHead#genesis} when none).
     *
     * @param tenant the tenant
     * @return the head
     */
    JournalChainHead head(TenantId tenant);

    /**
     * Stores the seals, which continue the head this unit of work locked with consecutive
     * sequences, and moves the head to {@code newHead} (the head after the last of them).
     *
     * @param newHead the head after the last seal
     * @param seals   the new seals, in sequence order
     */
    void append(JournalChainHead newHead, List<JournalSeal> seals);

    /**
     * The tenant's seals with a sequence greater than {@code afterSequence}, ascending, at most {@code limit}.
     *
     * @param tenant        the tenant
     * @param afterSequence the last sequence already read, 0 for the start
     * @param limit         at most this many seals
     * @return the seals
     */
    List<JournalSeal> seals(TenantId tenant, long afterSequence, int limit);

    /**
     * The tenant's posted (or reversed) entries that have no seal yet, with their lines, as stored,
     * ordered by posting time and then id, at most {@code limit}.
     *
     * @param tenant the tenant
     * @param limit  at most this many entries
     * @return the entries to seal next
     */
    List<JournalEntry> unsealedEntries(TenantId tenant, int limit);

    /**
     * The tenant's entries among {@code ids}, with their lines, as stored (whatever their status);
     * ids without an entry of the tenant are absent from the map.
     *
     * @param tenant the tenant
     * @param ids    the entry ids
     * @return the entries found, by id
     */
    Map<JournalEntryId, JournalEntry> entries(TenantId tenant, Collection<JournalEntryId> ids);
}
