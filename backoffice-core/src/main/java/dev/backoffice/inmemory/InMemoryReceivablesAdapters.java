package dev.backoffice.inmemory;

import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.PartyRecords;
import dev.backoffice.accounts.spi.PaymentRecords;
import dev.backoffice.accounts.spi.ReceivablesAdapters;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.spi.UnitOfWork;

import java.util.Objects;

/**
 * The ports of receivables, payables and payments in memory, over the unit of work of the other
 * in-memory adapters so that everything commits or rolls back together
 * ({@code InMemoryAdapters.receivables()}).
 */
public final class InMemoryReceivablesAdapters implements ReceivablesAdapters {

    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryPartyRecords parties;
    private final InMemoryReceivablesConfigurations configurations;
    private final InMemoryInvoices invoices;
    private final InMemoryDocumentNumbers documentNumbers;
    private final InMemoryPaymentRecords payments;
    private final InMemoryGatewayCharges gatewayCharges;

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryReceivablesAdapters(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.parties = new InMemoryPartyRecords(unitOfWork);
        this.configurations = new InMemoryReceivablesConfigurations(unitOfWork);
        this.invoices = new InMemoryInvoices(unitOfWork);
        this.documentNumbers = new InMemoryDocumentNumbers(unitOfWork);
        this.payments = new InMemoryPaymentRecords(unitOfWork);
        this.gatewayCharges = new InMemoryGatewayCharges(unitOfWork);
    }

    @Override
    public UnitOfWork unitOfWork() {
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
