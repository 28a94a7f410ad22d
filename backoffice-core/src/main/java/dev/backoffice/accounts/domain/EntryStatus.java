package dev.backoffice.accounts.domain;

/** A journal entry is a draft until posted; a posted entry can be reversed once. */
public enum EntryStatus {
    DRAFT, POSTED, REVERSED;

    /** Posted and reversed entries count in balances; drafts do not. */
    public boolean isPosted() {
        return this != DRAFT;
    }
}
