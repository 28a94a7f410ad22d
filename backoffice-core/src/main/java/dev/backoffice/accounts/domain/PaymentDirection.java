package dev.backoffice.accounts.domain;

/** Whether money comes in (from a customer, a refund from a supplier) or goes out (to a supplier, a refund to a customer). */
public enum PaymentDirection {
    INCOMING,
    OUTGOING
}
