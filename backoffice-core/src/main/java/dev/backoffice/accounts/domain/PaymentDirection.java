package dev.backoffice.accounts.domain;

/** Whether money comes in (from a customer, a refund from a supplier) or goes out (to a supplier, a refund to a customer). */
public enum PaymentDirection {
    /** Money received: from a customer, or back from a supplier. */
    INCOMING,
    /** Money paid: to a supplier, or back to a customer. */
    OUTGOING
}
