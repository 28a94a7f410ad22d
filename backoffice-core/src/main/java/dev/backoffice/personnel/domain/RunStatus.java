package dev.backoffice.personnel.domain;

/** The lifecycle of a payroll run: draft, approved by someone other than the preparer, posted to the ledger, paid. */
public enum RunStatus {
    DRAFT,
    APPROVED,
    POSTED,
    PAID
}
