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

    /**
     * Builds the ledger's services over the adapters, which must share one unit of work (the one inside
     * {@code useCases}).
     *
     * @param useCases         the shared use-case plumbing: unit of work, access policy, audit, events
     * @param accounts         the stored accounts
     * @param balances         the running totals of the accounts
     * @param entries          the stored journal entries
     * @param lines            the posted lines, for balances as of a date and statements
     * @param fiscalYears      the stored fiscal years
     * @param reconciliations  the stored bank reconciliations
     * @param pendingEntries   the stored pending (two-phase) entries
     * @param journalSeals     the hash chain of sealed entries
     * @param currencyPolicies the tenants' functional currencies and exchange accounts
     * @param exchangeRates    the host's source of exchange rates
     */
    public AccountsContext(UseCases useCases, Accounts accounts, AccountBalances balances, JournalEntries entries,
                           JournalLines lines, FiscalYears fiscalYears, Reconciliations reconciliations,
                           PendingEntries pendingEntries, dev.backoffice.accounts.spi.JournalSeals journalSeals,
                           CurrencyPolicies currencyPolicies, ExchangeRates exchangeRates) {
        Posting posting = new Posting(useCases.unitOfWork(), accounts, balances, fiscalYears, currencyPolicies, exchangeRates);
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

    /** {@return the functional currency, exchange accounts and revaluation} */
    public Currencies currencies() {
        return currencies;
    }

    /** {@return the sealing and verification of the journal's hash chain} */
    public dev.backoffice.accounts.api.JournalIntegrity journalIntegrity() {
        return journalIntegrity;
    }

    /** {@return the balance sheet and income statement} */
    public dev.backoffice.accounts.api.FinancialStatements financialStatements() {
        return financialStatements;
    }

    /** {@return the year-end close} */
    public dev.backoffice.accounts.api.YearEnd yearEnd() {
        return yearEnd;
    }

    /** {@return the chart of accounts} */
    public ChartOfAccounts chartOfAccounts() {
        return chartOfAccounts;
    }

    /** {@return the ledger: postings, drafts, reversals and pending entries} */
    public Ledger ledger() {
        return ledger;
    }

    /** {@return the fiscal years, periods and lock date} */
    public FiscalCalendar fiscalCalendar() {
        return fiscalCalendar;
    }

    /** {@return balances, trial balances and account statements} */
    public FinancialReports financialReports() {
        return financialReports;
    }

    /** {@return the bank reconciliation} */
    public BankReconciliation bankReconciliation() {
        return bankReconciliation;
    }
}
