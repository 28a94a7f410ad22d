package dev.backoffice.accounts.domain;

/** A journal entry is a draft until posted; a posted entry can be reversed once. */
public enum EntryStatus {
    /** Saved, not posted: counts in no balance and can still change. */
    DRAFT,
    /** Posted: counts in the balances and never changes. */
    POSTED,
    /** Posted and then reversed by a linked entry; both count in the balances. */
    REVERSED;

    /**
     * Posted and reversed entries count in balances; drafts do not.
     *
     * @return true for posted and reversed entries
     */
    public boolean isPosted() {
        return this != DRAFT;
    }
}
