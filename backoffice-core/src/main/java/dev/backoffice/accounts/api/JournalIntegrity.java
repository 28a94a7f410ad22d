package dev.backoffice.accounts.api;

import dev.backoffice.common.Actor;

/**
 * Tamper evidence for the journal of the actor's tenant: every posted entry is sealed into a hash
 * chain, and the chain can be verified against the stored entries.
 *
 * <p>Each seal holds the SHA-256 of the entry's canonical form
 * ({@link dev.backoffice.accounts.domain.EntryDigest}) and a chain hash over the previous seal's
 * chain hash and that entry hash, with a sequence number without gaps. Changing a sealed entry's
 * stored content (an amount, a description, a line) or deleting it, or changing, removing or
 * reordering a seal, is found by {@link #verify}. A reversal does not break the chain: the status
 * and the reversed-by link of an entry are not part of what is sealed.
 *
 * <p>Sealing runs apart from posting, so postings never wait for each other on the chain: the host
 * schedules {@link #seal} (it may call it as often as it likes; one sealer at a time runs per
 * tenant, others wait). Entries posted since the last run are unsealed until the next one.
 *
 * <p>Sealing asks the access policy for {@link LedgerPermissions#SEAL}, verifying for
 * {@link LedgerPermissions#READ}. Refusals: {@code access.denied}, {@code validation.failed}, and
 * {@code ledger.journal.chain_broken} when sealing finds the chain head and the last stored seal
 * disagree (the seals were cut or edited; run {@link #verify}).
 */
public interface JournalIntegrity {

    /** The most entries one {@link #seal} call seals. */
    int MAX_SEALED_PER_CALL = 5_000;

    /**
     * Seals the tenant's posted entries that have no seal yet, oldest posting first, at most
     * {@value #MAX_SEALED_PER_CALL} a call, and returns how many it sealed (call again while it
     * returns the maximum). Idempotent: an entry is sealed once; with nothing to seal it returns 0
     * and changes nothing.
     *
     * @param actor who acts; needs {@code ledger.journal.seal}
     * @return the number of entries sealed
     */
    int seal(Actor actor);

    /**
     * Walks the tenant's chain from its first seal to its head and checks every link against the
     * stored entries. Returns the number of entries checked and the first break, if any.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the outcome of the walk
     */
    JournalVerification verify(Actor actor);
}
