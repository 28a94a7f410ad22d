package dev.backoffice.personnel.domain;

/** The lifecycle of a payroll run: draft, approved by someone other than the preparer, posted to the ledger, paid. */
public enum RunStatus {
    /** Computed, waiting for approval. */
    DRAFT,
    /** Approved by someone other than the preparer; ready to post. */
    APPROVED,
    /** Posted to the ledger as one journal entry. */
    POSTED,
    /** Net pay paid out. */
    PAID
}
