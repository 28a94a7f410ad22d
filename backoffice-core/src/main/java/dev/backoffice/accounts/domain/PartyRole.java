package dev.backoffice.accounts.domain;

/** What a party is to the tenant: a customer it invoices, or a supplier that bills it. */
public enum PartyRole {
    /** Buys from the tenant: its documents are invoices and credit notes (receivables). */
    CUSTOMER,
    /** Sells to the tenant: its documents are bills and debit notes (payables). */
    SUPPLIER
}
