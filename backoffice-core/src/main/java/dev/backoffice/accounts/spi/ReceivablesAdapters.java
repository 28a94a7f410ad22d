package dev.backoffice.accounts.spi;

import dev.backoffice.common.spi.UnitOfWork;

/**
 * The ports of receivables, payables and payments from one adapter, sharing the unit of work of
 * the ledger's adapters so that a document, its payment and their journal entries commit together.
 */
public interface ReceivablesAdapters {

    UnitOfWork unitOfWork();

    PartyRecords parties();

    ReceivablesConfigurations configurations();

    Invoices invoices();

    DocumentNumbers documentNumbers();

    PaymentRecords payments();

    GatewayCharges gatewayCharges();
}
