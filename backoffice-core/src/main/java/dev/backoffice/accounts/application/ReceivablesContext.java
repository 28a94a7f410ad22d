package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AgingReports;
import dev.backoffice.accounts.api.GatewayPayments;
import dev.backoffice.accounts.api.Invoicing;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.Parties;
import dev.backoffice.accounts.api.Payments;
import dev.backoffice.accounts.api.ReceivablesSettings;
import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.PaymentGateway;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.common.application.UseCases;

import java.util.Objects;

/**
 * Wires receivables, payables and payments: their api services over their spi adapters, posting
 * through the {@link dev.backoffice.accounts.api.Ledger} of the same back office. The adapters
 * must share the ledger's unit of work.
 */
public final class ReceivablesContext {

    private final ReceivablesSettings settings;
    private final Parties parties;
    private final Invoicing invoicing;
    private final Payments payments;
    private final GatewayPayments gatewayPayments;
    private final AgingReports agingReports;

    /**
     * Builds the receivables services over the adapters.
     *
     * @param useCases        the shared use-case plumbing, whose unit of work the adapters share
     * @param parties         the stored customers and suppliers
     * @param configurations  the receivables configurations per currency
     * @param invoices        the stored invoices, bills and notes
     * @param documentNumbers the document number series
     * @param payments        the stored payments
     * @param gatewayCharges  the stored gateway charges
     * @param accounts        the ledger's accounts, to check the accounts settings and invoice lines name
     * @param ledger          the ledger documents and payments post through
     * @param taxPolicy       the tax rates and rounding
     * @param paymentGateway  the payment gateway, or {@link dev.backoffice.accounts.spi.PaymentGateway#none()}
     */
    public ReceivablesContext(UseCases useCases, dev.backoffice.accounts.spi.PartyRecords parties,
                              ReceivablesConfigurations configurations, Invoices invoices,
                              DocumentNumbers documentNumbers, dev.backoffice.accounts.spi.PaymentRecords payments,
                              GatewayCharges gatewayCharges, dev.backoffice.accounts.spi.Accounts accounts, Ledger ledger,
                              TaxPolicy taxPolicy,
                              PaymentGateway paymentGateway) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(taxPolicy, "taxPolicy");
        this.settings = new ReceivablesSettingsService(useCases, configurations,
                Objects.requireNonNull(accounts, "accounts"));
        this.parties = new PartiesService(useCases, parties);
        this.invoicing = new InvoicingService(useCases, invoices, parties, configurations, documentNumbers, taxPolicy,
                Objects.requireNonNull(ledger, "ledger"), accounts);
        PaymentsService paymentsService = new PaymentsService(useCases, payments, invoices, parties, configurations,
                ledger);
        this.payments = paymentsService;
        this.gatewayPayments = new GatewayPaymentsService(useCases, gatewayCharges, parties, invoices, payments,
                configurations, ledger, Objects.requireNonNull(paymentGateway, "paymentGateway"), paymentsService);
        this.agingReports = new AgingReportsService(useCases, invoices, payments, parties);
    }

    /**
     * Posting accounts and approval thresholds per currency.
     *
     * @return the receivables settings
     */
    public ReceivablesSettings settings() {
        return settings;
    }

    /**
     * Customers and suppliers.
     *
     * @return the parties
     */
    public Parties parties() {
        return parties;
    }

    /**
     * Customer invoices and credit notes, supplier bills and debit notes.
     *
     * @return the invoicing
     */
    public Invoicing invoicing() {
        return invoicing;
    }

    /**
     * Incoming and outgoing payments: record, approve, allocate, undo, refund.
     *
     * @return the payments
     */
    public Payments payments() {
        return payments;
    }

    /**
     * Customer payments through the payment gateway: authorize, capture, void, refund, notifications.
     *
     * @return the gateway payments
     */
    public GatewayPayments gatewayPayments() {
        return gatewayPayments;
    }

    /**
     * Aging, open items and party statements, as of any date.
     *
     * @return the aging reports
     */
    public AgingReports agingReports() {
        return agingReports;
    }
}
