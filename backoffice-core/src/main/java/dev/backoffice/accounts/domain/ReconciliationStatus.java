package dev.backoffice.accounts.domain;

/** A reconciliation holds its lines while active; once undone it is kept as history and holds none. */
public enum ReconciliationStatus {
    ACTIVE, UNDONE
}
