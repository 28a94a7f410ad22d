package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.application.ReceivablesContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.TaxRounding;
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
import org.junit.jupiter.api.BeforeEach;

import java.math.BigDecimal;
import java.time.Clock;
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
    protected static final TaxPolicy TAX = TaxPolicy.percentages(Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("5.5"), "ZERO", BigDecimal.ZERO), false, TaxRounding.PER_LINE);

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
        return new ReceivablesContext(useCases, receivables().parties(), receivables().configurations(), TAX);
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

    protected List<AuditRecord> audit(UUID subject) {
        return backOffice.auditTrail().records(alice, AuditQuery.about(subject));
    }
}
