package dev.backoffice.accounts.domain;

/** Where a document stands. Only a draft can change; an issued document is settled or corrected. */
public enum InvoiceStatus {
    /** Being prepared: no number, no posting; can be revised. */
    DRAFT,
    /** Numbered and posted; nothing settled yet. */
    ISSUED,
    /** Part of it is settled by payments or notes. */
    PARTIALLY_PAID,
    /** Settled in full. */
    PAID
}
