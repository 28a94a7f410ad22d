package dev.backoffice.accounts.domain;

/**
 * The first place where a tenant's journal chain no longer matches the stored data.
 *
 * @param sequence the sequence of the seal where the chain breaks
 * @param entryId  the entry that seal names; null when the seal itself is missing
 * @param problem  what is wrong
 * @param detail   a sentence for a person (no amounts, no personal data)
 */
public record ChainBreak(long sequence, JournalEntryId entryId, Problem problem, String detail) {

    /** What can be wrong at a link of the chain. */
    public enum Problem {
        /** The entry's stored content no longer hashes to the sealed entry hash (or it is no longer posted). */
        ENTRY_CHANGED("ledger.journal.entry_changed"),
        /** The sealed entry is no longer in the journal. */
        ENTRY_MISSING("ledger.journal.entry_missing"),
        /** A seal is missing, out of order, or its chain hash does not follow from the one before. */
        CHAIN_BROKEN("ledger.journal.chain_broken");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /**
         * A stable machine-readable code of the problem.
         *
         * @return the problem's code
         */
        public String code() {
            return code;
        }
    }
}
