package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.ChainBreak;

/**
 * The result of {@link JournalIntegrity#verify}.
 *
 * @param entriesChecked how many seals (and the entries they name) were checked, up to and including a broken one
 * @param intact         true when every seal from the first to the chain head matches the stored entries
 * @param headSequence   the sequence of the chain head when the walk started (0 when nothing is sealed)
 * @param headChainHash  the chain hash of that head; a host that keeps it elsewhere (a second system,
 *                       a signed report) can later tell whether the whole chain was rewritten
 * @param firstBreak     where the chain breaks first, and what is wrong there; null when intact
 */
public record JournalVerification(long entriesChecked, boolean intact, long headSequence, String headChainHash,
                                  ChainBreak firstBreak) {

    /**
     * Requires {@code intact} exactly when there is no break.
     *
     * @param entriesChecked how many entries were checked
     * @param intact         whether the chain is whole
     * @param headSequence   the sequence of the chain's head
     * @param headChainHash  the hash at the chain's head
     * @param firstBreak     the first break, or null
     */
    public JournalVerification {
        if (intact != (firstBreak == null)) {
            throw new IllegalArgumentException("a verification is intact exactly when it found no break");
        }
    }
}
