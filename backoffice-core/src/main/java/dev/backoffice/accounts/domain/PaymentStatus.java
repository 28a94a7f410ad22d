package dev.backoffice.accounts.domain;

/** Where a payment stands. */
public enum PaymentStatus {
    /** An outgoing payment above the threshold, waiting for another actor's approval: nothing posted yet. */
    AWAITING_APPROVAL,
    /** Posted to the bank and the party's advances; it can be allocated and refunded. */
    RECORDED
}
