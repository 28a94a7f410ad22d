package dev.backoffice.accounts.domain;

/** An active account takes postings; a closed one refuses them. */
public enum AccountStatus {
    /** Takes postings (a leaf) or rolls up active children (a parent). */
    ACTIVE,
    /** Takes no postings; can be reopened. */
    CLOSED
}
