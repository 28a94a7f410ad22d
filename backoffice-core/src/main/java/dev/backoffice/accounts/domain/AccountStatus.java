package dev.backoffice.accounts.domain;

/** An active account takes postings; a closed one refuses them. */
public enum AccountStatus {
    ACTIVE, CLOSED
}
