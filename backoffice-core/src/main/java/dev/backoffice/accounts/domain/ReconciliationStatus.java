package dev.backoffice.accounts.domain;

/** A reconciliation holds its lines while active; once undone it is kept as history and holds none. */
public enum ReconciliationStatus {
    /** Holds its lines: none of them can be reconciled again. */
    ACTIVE,
    /** Kept as history; its lines are free again. */
    UNDONE
}
