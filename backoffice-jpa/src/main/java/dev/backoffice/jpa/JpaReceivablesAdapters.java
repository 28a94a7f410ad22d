package dev.backoffice.jpa;

import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.PartyRecords;
import dev.backoffice.accounts.spi.PaymentRecords;
import dev.backoffice.accounts.spi.ReceivablesAdapters;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;

import java.util.Objects;

/**
 * The ports of receivables, payables and payments on JPA, over the unit of work of the ledger's
 * JPA adapters, so that a document, its payment and their journal entries commit together
 * ({@code JpaAdapters.receivables()}). Tables from the migration {@code V10__receivables.sql}.
 */
public final class JpaReceivablesAdapters implements ReceivablesAdapters {

    private final JpaUnitOfWork unitOfWork;
    private final JpaPartyRecords parties;
    private final JpaReceivablesConfigurations configurations;
    private final JpaInvoices invoices;
    private final JpaDocumentNumbers documentNumbers;
    private final JpaPaymentRecords payments;
    private final JpaGatewayCharges gatewayCharges;

    JpaReceivablesAdapters(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.parties = new JpaPartyRecords(unitOfWork);
        this.configurations = new JpaReceivablesConfigurations(unitOfWork);
        this.invoices = new JpaInvoices(unitOfWork);
        this.documentNumbers = new JpaDocumentNumbers(unitOfWork);
        this.payments = new JpaPaymentRecords(unitOfWork);
        this.gatewayCharges = new JpaGatewayCharges(unitOfWork);
    }

    @Override
    public JpaUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public PartyRecords parties() {
        return parties;
    }

    @Override
    public ReceivablesConfigurations configurations() {
        return configurations;
    }

    @Override
    public Invoices invoices() {
        return invoices;
    }

    @Override
    public DocumentNumbers documentNumbers() {
        return documentNumbers;
    }

    @Override
    public PaymentRecords payments() {
        return payments;
    }

    @Override
    public GatewayCharges gatewayCharges() {
        return gatewayCharges;
    }
}
