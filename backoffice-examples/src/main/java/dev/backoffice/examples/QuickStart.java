package dev.backoffice.examples;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Currency;

/**
 * The README's quick start. The text between the tags is copied into README.md, and a test
 * checks that both are the same, so the README cannot drift from code that compiles and runs.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static TrialBalance run() {
        // tag::quickstart[]
        BackOffice backOffice = BackOffice.inMemory();
        Actor alice = Actor.of("acme", "alice");
        Currency eur = Money.currency("EUR");

        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        ChartOfAccounts chart = backOffice.chartOfAccounts();
        AccountSnapshot cash = chart.openAccount(alice, OpenAccount.of("1000", "Cash", AccountType.ASSET, eur));
        AccountSnapshot sales = chart.openAccount(alice, OpenAccount.of("4000", "Sales", AccountType.REVENUE, eur));

        backOffice.ledger().post(alice, NewJournalEntry.on(LocalDate.of(2026, 1, 15), "Cash sale")
                .debit(cash.id(), Money.of("100.00", "EUR"))
                .credit(sales.id(), Money.of("100.00", "EUR"))
                .build());

        TrialBalance trialBalance = backOffice.financialReports().trialBalance(alice);
        System.out.println("Cash: " + backOffice.financialReports().balance(alice, cash.id()).balance());
        System.out.println("Trial balance balanced: " + trialBalance.isBalanced());
        // end::quickstart[]
        return trialBalance;
    }

    public static void main(String[] args) {
        run();
    }
}
