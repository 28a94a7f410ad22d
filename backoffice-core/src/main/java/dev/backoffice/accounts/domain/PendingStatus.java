package dev.backoffice.accounts.domain;

/** A pending entry is pending until it is resolved once: posted (in full or in part), voided or expired. */
public enum PendingStatus {
    PENDING, POSTED, VOIDED, EXPIRED
}
