package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;

/** A tenant with a fiscal year, accounts and a ring of ready-made two-line entries among them. */
final class LedgerFixture {

    static final Currency EUR = Money.currency("EUR");

    final BackOffice backOffice;
    final Actor actor = Actor.of("bench", "poster");
    final AccountId[] accounts;
    final NewJournalEntry[] entries;
    /** The same postings as (debit index, credit index, minor units), for baselines. */
    final int[] debitIndex;
    final int[] creditIndex;
    final long[] minorUnits;

    LedgerFixture(BackOffice backOffice, int accountCount, int ringSize) {
        this.backOffice = backOffice;
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        accounts = new AccountId[accountCount];
        for (int i = 0; i < accountCount; i++) {
            accounts[i] = backOffice.chartOfAccounts().openAccount(actor,
                    OpenAccount.of(Integer.toString(10_000 + i), "Account " + i, AccountType.ASSET, EUR)).id();
        }
        SplittableRandom random = new SplittableRandom(42);
        entries = new NewJournalEntry[ringSize];
        debitIndex = new int[ringSize];
        creditIndex = new int[ringSize];
        minorUnits = new long[ringSize];
        for (int i = 0; i < ringSize; i++) {
            int debit = random.nextInt(accountCount);
            int credit = (debit + 1 + random.nextInt(accountCount - 1)) % accountCount;
            long minor = 1 + random.nextInt(1_000_000);
            debitIndex[i] = debit;
            creditIndex[i] = credit;
            minorUnits[i] = minor;
            Money amount = Money.ofMinor(minor, EUR);
            entries[i] = NewJournalEntry.on(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)), "Entry " + i)
                    .debit(accounts[debit], amount).credit(accounts[credit], amount).build();
        }
    }
}
