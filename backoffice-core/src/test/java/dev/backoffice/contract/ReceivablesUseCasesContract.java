package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.application.ReceivablesContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.accounts.spi.PaymentGateway;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryPaymentGateway;
import org.junit.jupiter.api.BeforeEach;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The base of the contracts of receivables, payables and payments through their public api: a
 * back office (ledger, chart of accounts, fiscal calendar) over {@link #adapters()} and a
 * {@link ReceivablesContext} beside it over {@link #receivables()}, sharing one unit of work,
 * with a fiscal year 2026, the accounts receivables post to and their configuration in EUR.
 */
public abstract class ReceivablesUseCasesContract extends ReceivablesAdapterContract {

    /** 20 % standard and 5.5 % reduced rate, net prices, rounded per line. */
    protected static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    protected static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
    protected static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    protected static final TaxPolicy TAX = TaxPolicy.percentages(Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("5.5"), "ZERO", BigDecimal.ZERO), false, TaxRounding.PER_LINE);

    /** The payment gateway, with scripted answers. */
    protected final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected BackOffice backOffice;
    protected ReceivablesContext context;
    protected Actor alice;
    protected Actor bob;
    protected Actor mallory;
    protected AccountSnapshot receivable;
    protected AccountSnapshot customerCredit;
    protected AccountSnapshot revenue;
    protected AccountSnapshot outputTax;
    protected AccountSnapshot payable;
    protected AccountSnapshot supplierAdvances;
    protected AccountSnapshot expense;
    protected AccountSnapshot inputTax;
    protected AccountSnapshot bank;
    protected AccountSnapshot gatewayClearing;

    @BeforeEach
    void receivablesWiring() {
        backOffice = BackOffice.builder(adapters()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        context = context(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        bob = Actor.of(tenant, "bob");
        mallory = Actor.of(otherTenant, "mallory");
        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        receivable = open("1200", "Receivables", AccountType.ASSET);
        customerCredit = open("2210", "Customer credit", AccountType.LIABILITY);
        revenue = open("4000", "Sales", AccountType.REVENUE);
        outputTax = open("2300", "Output tax", AccountType.LIABILITY);
        payable = open("2000", "Payables", AccountType.LIABILITY);
        supplierAdvances = open("1400", "Supplier advances", AccountType.ASSET);
        expense = open("6000", "Purchases", AccountType.EXPENSE);
        inputTax = open("1450", "Input tax", AccountType.ASSET);
        bank = open("1010", "Bank", AccountType.ASSET);
        gatewayClearing = open("1050", "Card clearing", AccountType.ASSET);
        context.settings().configure(alice, configuration(eur("1000.00")));
        published.clear();
    }

    /** A receivables context over the adapters under test, with the access policy. */
    protected ReceivablesContext context(AccessPolicy policy) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters().unitOfWork(), policy, new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        return new ReceivablesContext(useCases, receivables().parties(), receivables().configurations(),
                receivables().invoices(), receivables().documentNumbers(), receivables().payments(),
                receivables().gatewayCharges(), adapters().accounts(), backOffice.ledger(), TAX, paymentGateway());
    }

    /**
     * The payment gateway the context calls: {@link #gateway} itself, or a test's wrapper around it
     * (one that loses a reply or fails after the gateway acted).
     */
    protected PaymentGateway paymentGateway() {
        return gateway;
    }

    protected ConfigureReceivables configuration(Money approvalThreshold) {
        return new ConfigureReceivables(EUR, receivable.id(), customerCredit.id(), revenue.id(), outputTax.id(),
                payable.id(), supplierAdvances.id(), expense.id(), inputTax.id(), bank.id(), gatewayClearing.id(),
                approvalThreshold);
    }

    protected AccountSnapshot open(String code, String name, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of(code, name, type, EUR));
    }

    protected BalanceSnapshot balance(AccountSnapshot account) {
        return backOffice.financialReports().balance(alice, account.id());
    }

    protected PartySnapshot customer(String name) {
        return context.parties().register(alice, RegisterParty.customer(name, 30, EUR));
    }

    protected PartySnapshot supplier(String name) {
        return context.parties().register(alice, RegisterParty.supplier(name, 60, EUR));
    }

    protected static InvoiceLineInput line(String description, String quantity, String unitPrice, String taxCode) {
        return InvoiceLineInput.of(description, quantity, eur(unitPrice), taxCode);
    }

    /** Drafts and issues a customer invoice of one line at 20 %: gross = 1.2 x net. */
    protected InvoiceSnapshot invoice(PartySnapshot customer, String net, LocalDate issueDate) {
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(customer.id(), line("Goods", "1", net, "STD")));
        return context.invoicing().issue(alice, IssueInvoice.of(draft.id(), issueDate));
    }

    /** Drafts and issues a supplier bill of one line at 20 %: gross = 1.2 x net. */
    protected InvoiceSnapshot bill(PartySnapshot supplier, String net, LocalDate issueDate) {
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.supplierBill(supplier.id(), "S-1", line("Steel", "1", net, "STD")));
        return context.invoicing().issue(alice, IssueInvoice.of(draft.id(), issueDate));
    }

    protected JournalEntrySnapshot entry(JournalEntryId id) {
        return backOffice.ledger().entry(alice, id);
    }

    protected List<AuditRecord> audit(UUID subject) {
        return backOffice.auditTrail().records(alice, AuditQuery.about(subject));
    }
}
