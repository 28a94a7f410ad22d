package dev.backoffice.accounts.spi;

import dev.backoffice.common.spi.UnitOfWork;

/**
 * The ports of receivables, payables and payments from one adapter, sharing the unit of work of
 * the ledger's adapters so that a document, its payment and their journal entries commit together.
 */
public interface ReceivablesAdapters {

    /** {@return the unit of work the receivables use cases run in} */
    UnitOfWork unitOfWork();

    /** {@return the stored customers and suppliers} */
    PartyRecords parties();

    /** {@return the stored receivables configurations, one per tenant and currency} */
    ReceivablesConfigurations configurations();

    /** {@return the stored invoices, bills and notes} */
    Invoices invoices();

    /** {@return the document number series} */
    DocumentNumbers documentNumbers();

    /** {@return the stored payments} */
    PaymentRecords payments();

    /** {@return the stored gateway charges} */
    GatewayCharges gatewayCharges();
}
