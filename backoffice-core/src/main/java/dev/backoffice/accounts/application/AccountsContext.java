package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.FinancialReports;
import dev.backoffice.accounts.api.FiscalCalendar;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.application.UseCases;

/** Wires the accounts context: its api services over its spi adapters. */
public final class AccountsContext {

    private final ChartOfAccounts chartOfAccounts;
    private final Ledger ledger;
    private final FiscalCalendar fiscalCalendar;
    private final FinancialReports financialReports;

    public AccountsContext(UseCases useCases, Accounts accounts, AccountBalances balances, JournalEntries entries,
                           JournalLines lines, FiscalYears fiscalYears) {
        Posting posting = new Posting(accounts, balances, fiscalYears);
        this.chartOfAccounts = new ChartOfAccountsService(useCases, accounts, balances, lines);
        this.ledger = new LedgerService(useCases, entries, posting);
        this.fiscalCalendar = new FiscalCalendarService(useCases, fiscalYears);
        this.financialReports = new FinancialReportsService(useCases, accounts, balances, lines);
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
}
