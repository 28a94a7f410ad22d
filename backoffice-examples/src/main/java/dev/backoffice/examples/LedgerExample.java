package dev.backoffice.examples;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.FinancialReports;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.StatementRequest;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.JpaAdapters;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small company's January in the general ledger, on a real database through the JPA adapter.
 *
 * <p>It runs on the database {@link ExampleHost} chooses: an H2 file database under {@code target/}
 * by default, PostgreSQL when {@code BACKOFFICE_JDBC_URL} names one.
 */
public final class LedgerExample {

    private final PrintStream out;
    private final ReportPrinter print;
    private final BackOffice backOffice;
    private final Actor accountant;
    private final Actor controller;
    private final Currency eur = Money.currency("EUR");
    private final Map<String, AccountId> accounts = new LinkedHashMap<>();

    LedgerExample(BackOffice backOffice, TenantId tenant, PrintStream out) {
        this.backOffice = backOffice;
        this.out = out;
        this.print = new ReportPrinter(out);
        this.accountant = Actor.of(tenant, "anna.accountant");
        this.controller = Actor.of(tenant, "carl.controller");
    }

    public static void main(String[] args) {
        ExampleHost.main("acme", (dataSource, tenant) -> {
            try (JpaAdapters adapters = JpaAdapters.create(dataSource)) {
                new LedgerExample(BackOffice.builder(adapters).build(), tenant, System.out).run();
            }
        });
    }

    /** Runs the month and returns the final trial balance. */
    TrialBalance run() {
        print.step("Opening fiscal year 2026 and the chart of accounts");
        FiscalYearSnapshot year = backOffice.fiscalCalendar().openFiscalYear(controller, OpenFiscalYear.calendarYear(2026));
        openChart();

        print.step("Booking January");
        Ledger ledger = backOffice.ledger();
        post(LocalDate.of(2026, 1, 2), "Owner's capital", "bank", "capital", "20000.00");
        post(LocalDate.of(2026, 1, 5), "January rent", "rent", "bank", "1500.00");
        post(LocalDate.of(2026, 1, 9), "Office supplies on credit", "supplies", "payables", "240.00");
        post(LocalDate.of(2026, 1, 12), "Invoice 2026-001", "receivables", "sales", "4800.00");
        post(LocalDate.of(2026, 1, 14), "Cash sales week 2", "cash", "sales", "1250.50");
        JournalEntrySnapshot mistake = post(LocalDate.of(2026, 1, 20), "Supplies (booked twice)", "supplies", "payables", "240.00");
        post(LocalDate.of(2026, 1, 28), "Customer pays invoice 2026-001", "bank", "receivables", "4800.00");
        post(LocalDate.of(2026, 1, 30), "January wages", "wages", "bank", "3200.00");

        print.step("Correcting the double booking with a reversal");
        ledger.reverse(accountant, ReverseJournalEntry.of(mistake.id(), LocalDate.of(2026, 1, 31), "Duplicate supplies bill"));

        print.step("Trying to book an unbalanced entry (refused, nothing stored)");
        try {
            ledger.post(accountant, NewJournalEntry.on(LocalDate.of(2026, 1, 31), "Typo")
                    .debit(accounts.get("cash"), Money.of("10.00", eur)).credit(accounts.get("sales"), Money.of("1.00", eur)).build());
        } catch (BackOfficeException e) {
            out.println("  refused as expected: " + e.code() + ": " + e.getMessage());
        }

        print.step("Closing January");
        backOffice.fiscalCalendar().closePeriod(controller, year.id(), 1);
        try {
            post(LocalDate.of(2026, 1, 31), "Late bill", "supplies", "payables", "10.00");
        } catch (BackOfficeException e) {
            out.println("  refused as expected: " + e.code() + ": " + e.getMessage());
        }

        FinancialReports reports = backOffice.financialReports();
        TrialBalance trialBalance = reports.trialBalance(accountant);
        print.trialBalance(trialBalance);
        print.statement(reports.statement(accountant, StatementRequest.of(accounts.get("bank"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))));
        out.println();
        out.println("Operating expenses (roll-up of rent, wages, supplies): "
                + reports.balance(accountant, accounts.get("opex")).balance());
        out.println("Audit trail: " + backOffice.auditTrail().records(controller, AuditQuery.all()).size() + " changes recorded");
        return trialBalance;
    }

    private void openChart() {
        ChartOfAccounts chart = backOffice.chartOfAccounts();
        open(chart, "cash", "1000", "Cash", AccountType.ASSET, null);
        open(chart, "bank", "1010", "Bank", AccountType.ASSET, null);
        open(chart, "receivables", "1200", "Accounts receivable", AccountType.ASSET, null);
        open(chart, "payables", "2000", "Accounts payable", AccountType.LIABILITY, null);
        open(chart, "capital", "3000", "Owner's capital", AccountType.EQUITY, null);
        open(chart, "sales", "4000", "Sales", AccountType.REVENUE, null);
        open(chart, "opex", "6000", "Operating expenses", AccountType.EXPENSE, null);
        open(chart, "rent", "6100", "Rent", AccountType.EXPENSE, "opex");
        open(chart, "wages", "6200", "Wages", AccountType.EXPENSE, "opex");
        open(chart, "supplies", "6300", "Office supplies", AccountType.EXPENSE, "opex");
        out.println("  " + accounts.size() + " accounts opened");
    }

    private void open(ChartOfAccounts chart, String key, String code, String name, AccountType type, String parent) {
        AccountSnapshot account = chart.openAccount(controller,
                new OpenAccount(code, name, type, eur, parent == null ? null : accounts.get(parent), null));
        accounts.put(key, account.id());
    }

    private JournalEntrySnapshot post(LocalDate date, String description, String debit, String credit, String amount) {
        Money money = Money.of(amount, eur);
        JournalEntrySnapshot entry = backOffice.ledger().post(accountant, NewJournalEntry.on(date, description)
                .debit(accounts.get(debit), money).credit(accounts.get(credit), money).build());
        out.printf("  %s  %-34s %12s%n", date, description, money.amount().toPlainString());
        return entry;
    }
}
