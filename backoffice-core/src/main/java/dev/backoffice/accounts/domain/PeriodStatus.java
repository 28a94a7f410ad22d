package dev.backoffice.accounts.domain;

/** An open period takes postings; a closed one can be reopened; a locked one never changes again. */
public enum PeriodStatus {
    /** Takes postings. */
    OPEN,
    /** Takes no postings until it is reopened. */
    CLOSED,
    /** Final: never takes postings again. */
    LOCKED
}
