package dev.backoffice.accounts.domain;

/** What a party is to the tenant: a customer it invoices, or a supplier that bills it. */
public enum PartyRole {
    CUSTOMER,
    SUPPLIER
}
