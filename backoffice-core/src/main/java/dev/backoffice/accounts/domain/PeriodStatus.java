package dev.backoffice.accounts.domain;

/** An open period takes postings; a closed one can be reopened; a locked one never changes again. */
public enum PeriodStatus {
    OPEN, CLOSED, LOCKED
}
