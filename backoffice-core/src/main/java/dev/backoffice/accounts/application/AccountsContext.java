package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.BankReconciliation;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.Currencies;
import dev.backoffice.accounts.api.FinancialReports;
import dev.backoffice.accounts.api.FiscalCalendar;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.application.UseCases;

/** Wires the accounts context: its api services over its spi adapters. */
public final class AccountsContext {

    private final ChartOfAccounts chartOfAccounts;
    private final Ledger ledger;
    private final FiscalCalendar fiscalCalendar;
    private final FinancialReports financialReports;
    private final BankReconciliation bankReconciliation;
    private final dev.backoffice.accounts.api.FinancialStatements financialStatements;
    private final dev.backoffice.accounts.api.YearEnd yearEnd;
    private final dev.backoffice.accounts.api.JournalIntegrity journalIntegrity;
    private final Currencies currencies;

    public AccountsContext(UseCases useCases, Accounts accounts, AccountBalances balances, JournalEntries entries,
                           JournalLines lines, FiscalYears fiscalYears, Reconciliations reconciliations,
                           PendingEntries pendingEntries, dev.backoffice.accounts.spi.JournalSeals journalSeals,
                           CurrencyPolicies currencyPolicies, ExchangeRates exchangeRates) {
        Posting posting = new Posting(accounts, balances, fiscalYears, currencyPolicies, exchangeRates);
        this.chartOfAccounts = new ChartOfAccountsService(useCases, accounts, balances, lines);
        this.ledger = new LedgerService(useCases, entries, pendingEntries, posting);
        this.fiscalCalendar = new FiscalCalendarService(useCases, fiscalYears);
        this.financialReports = new FinancialReportsService(useCases, accounts, balances, lines);
        this.bankReconciliation = new BankReconciliationService(useCases, accounts, entries, reconciliations);
        this.financialStatements = new FinancialStatementsService(useCases, accounts, lines, fiscalYears,
                posting::functionalCurrency);
        this.yearEnd = new YearEndService(useCases, accounts, lines, fiscalYears, ledger,
                posting::functionalCurrency);
        this.journalIntegrity = new JournalIntegrityService(useCases, journalSeals);
        this.currencies = new CurrenciesService(useCases, currencyPolicies, accounts, lines, fiscalYears, posting,
                ledger);
    }

    public Currencies currencies() {
        return currencies;
    }

    public dev.backoffice.accounts.api.JournalIntegrity journalIntegrity() {
        return journalIntegrity;
    }

    public dev.backoffice.accounts.api.FinancialStatements financialStatements() {
        return financialStatements;
    }

    public dev.backoffice.accounts.api.YearEnd yearEnd() {
        return yearEnd;
    }

    public ChartOfAccounts chartOfAccounts() {
        return chartOfAccounts;
    }

    public Ledger ledger() {
        return ledger;
    }

    public FiscalCalendar fiscalCalendar() {
        return fiscalCalendar;
    }

    public FinancialReports financialReports() {
        return financialReports;
    }

    public BankReconciliation bankReconciliation() {
        return bankReconciliation;
    }
}
