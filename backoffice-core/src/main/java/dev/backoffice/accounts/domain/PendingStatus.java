package dev.backoffice.accounts.domain;

/** A pending entry is pending until it is resolved once: posted (in full or in part), voided or expired. */
public enum PendingStatus {
    /** Its amounts are reserved on the accounts. */
    PENDING,
    /** Posted in full or in part by a journal entry; the rest was released. */
    POSTED,
    /** Voided: its amounts were released. */
    VOIDED,
    /** Its timeout passed: its amounts were released. */
    EXPIRED
}
