package dev.backoffice.accounts.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A walk along a tenant's journal chain, seal by seal in sequence order, that finds the first link
 * where the stored data no longer matches: a seal missing or out of order, a chain hash that does
 * not follow from the one before, a sealed entry that is gone, or one whose content changed.
 *
 * <p>Start it with the chain head as read before the walk; hand it every seal from sequence 1 up to
 * the head's sequence with the entry the seal names as stored now ({@link #check}), then call
 * {@link #finish}. It stops at the first break.
 */
public final class JournalChainVerification {

    private final JournalChainHead head;
    private long previousSequence;
    private String previousChainHash = EntryDigest.GENESIS;
    private long checked;
    private ChainBreak firstBreak;
    private boolean finished;

    /**
     * A walk that is to reach the given head.
     *
     * @param head the tenant's chain head when the walk starts
     */
    public JournalChainVerification(JournalChainHead head) {
        this.head = Objects.requireNonNull(head, "head");
    }

    /**
     * The sequence of the last seal the walk is to reach.
     *
     * @return the head's sequence
     */
    public long headSequence() {
        return head.sequence();
    }

    /**
     * Whether the walk has found a break (then it takes no more seals).
     *
     * @return true once a break was found
     */
    public boolean isBroken() {
        return firstBreak != null;
    }

    /**
     * Checks the next seal and the entry it names, as stored ({@code null} when the journal has no
     * such entry of the tenant). Returns whether the chain is still intact.
     *
     * @param seal  the next seal
     * @param entry the entry it names, or null
     * @return true while the chain is intact
     */
    public boolean check(JournalSeal seal, JournalEntry entry) {
        Objects.requireNonNull(seal, "seal");
        if (isBroken() || finished) {
            return false;
        }
        long expected = previousSequence + 1;
        if (seal.sequence() != expected) {
            return broken(new ChainBreak(expected, null, ChainBreak.Problem.CHAIN_BROKEN, seal.sequence() > expected
                    ? "Seal " + expected + " is missing: the next stored seal is " + seal.sequence() + "."
                    : "Seal " + seal.sequence() + " is out of order: seal " + expected + " was expected."));
        }
        checked++;
        if (!EntryDigest.isDigest(seal.entryHash()) || !EntryDigest.isDigest(seal.chainHash())
                || !seal.chainHash().equals(EntryDigest.chainHash(previousChainHash, seal.entryHash()))) {
            return broken(new ChainBreak(seal.sequence(), seal.entryId(), ChainBreak.Problem.CHAIN_BROKEN,
                    "The chain hash of seal " + seal.sequence() + " does not follow from the seal before it."));
        }
        previousSequence = seal.sequence();
        previousChainHash = seal.chainHash();
        if (seal.digestVersion() != EntryDigest.VERSION) {
            return broken(new ChainBreak(seal.sequence(), seal.entryId(), ChainBreak.Problem.CHAIN_BROKEN,
                    "Seal " + seal.sequence() + " names digest version " + seal.digestVersion()
                            + ", which this library does not know."));
        }
        if (entry == null) {
            return broken(new ChainBreak(seal.sequence(), seal.entryId(), ChainBreak.Problem.ENTRY_MISSING,
                    "Entry " + seal.entryId() + " of seal " + seal.sequence() + " is no longer in the journal."));
        }
        if (!entry.id().equals(seal.entryId()) || !entry.tenant().equals(seal.tenant())) {
            throw new IllegalArgumentException("Entry " + entry.id() + " is not the entry of seal " + seal.sequence());
        }
        if (!entry.isPosted()) {
            return broken(new ChainBreak(seal.sequence(), seal.entryId(), ChainBreak.Problem.ENTRY_CHANGED,
                    "Entry " + seal.entryId() + " of seal " + seal.sequence() + " is no longer posted."));
        }
        if (!EntryDigest.entryHash(entry).equals(seal.entryHash())) {
            return broken(new ChainBreak(seal.sequence(), seal.entryId(), ChainBreak.Problem.ENTRY_CHANGED,
                    "The stored content of entry " + seal.entryId() + " no longer matches seal " + seal.sequence() + "."));
        }
        return true;
    }

    /** Ends the walk: the last seal checked must be the head's (same sequence and chain hash). */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (isBroken()) {
            return;
        }
        if (previousSequence < head.sequence()) {
            firstBreak = new ChainBreak(previousSequence + 1, null, ChainBreak.Problem.CHAIN_BROKEN,
                    "Seal " + (previousSequence + 1) + " is missing: the chain head is at " + head.sequence() + ".");
        } else if (previousSequence > head.sequence() || !previousChainHash.equals(head.chainHash())) {
            firstBreak = new ChainBreak(previousSequence, null, ChainBreak.Problem.CHAIN_BROKEN,
                    "The last seal does not match the chain head (sequence " + head.sequence() + ").");
        }
    }

    /**
     * How many seals were checked (up to and including a broken one).
     *
     * @return the number of seals checked
     */
    public long entriesChecked() {
        return checked;
    }

    /**
     * The first break found, if any.
     *
     * @return the first break, or empty
     */
    public Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }

    /**
     * Whether every link checked so far matches.
     *
     * @return true while no break was found
     */
    public boolean isIntact() {
        return firstBreak == null;
    }

    private boolean broken(ChainBreak found) {
        firstBreak = found;
        return false;
    }
}
