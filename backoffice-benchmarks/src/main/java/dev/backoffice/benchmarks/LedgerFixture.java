package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.spi.UnitOfWork;

import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;

/**
 * A tenant with a fiscal year, accounts and a ring of ready-made two-line entries among them. On a
 * database, the accounts are opened in units of work of up to {@value #ACCOUNTS_PER_UNIT_OF_WORK}
 * accounts; with a hot account, every entry has account 0 on one side.
 */
final class LedgerFixture {

    /** Accounts opened per unit of work when the fixture is given one (a database's commits are dear). */
    static final int ACCOUNTS_PER_UNIT_OF_WORK = 100;

    static final Currency EUR = Money.currency("EUR");

    final BackOffice backOffice;
    final Actor actor = Actor.of("bench", "poster");
    final AccountId[] accounts;
    final NewJournalEntry[] entries;
    /** The same postings as (debit index, credit index, minor units), for baselines. */
    final int[] debitIndex;
    final int[] creditIndex;
    final long[] minorUnits;

    /** Accounts opened one call each, entries between random pairs of them. */
    LedgerFixture(BackOffice backOffice, int accountCount, int ringSize) {
        this(backOffice, null, accountCount, ringSize, 0);
    }

    /**
     * Accounts opened in units of work of {@code unitOfWork} (the library's calls join them), or
     * one call each when it is null. With {@code hotBuckets} 0 the entries are between random pairs
     * of accounts; from 1, account 0 is a hot account spread over {@code hotBuckets} balance buckets
     * (1: one row) and every entry has it on one side, at random, and a random other account on the
     * other.
     */
    LedgerFixture(BackOffice backOffice, UnitOfWork unitOfWork, int accountCount, int ringSize, int hotBuckets) {
        this.backOffice = backOffice;
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        accounts = new AccountId[accountCount];
        for (int from = 0; from < accountCount; from += ACCOUNTS_PER_UNIT_OF_WORK) {
            int first = from;
            int end = Math.min(accountCount, from + ACCOUNTS_PER_UNIT_OF_WORK);
            if (unitOfWork == null) {
                openAccounts(first, end);
            } else {
                unitOfWork.execute(() -> {
                    openAccounts(first, end);
                    return null;
                });
            }
        }
        if (hotBuckets > 1) {
            backOffice.chartOfAccounts().spreadBalance(actor, accounts[0], hotBuckets);
        }
        SplittableRandom random = new SplittableRandom(42);
        entries = new NewJournalEntry[ringSize];
        debitIndex = new int[ringSize];
        creditIndex = new int[ringSize];
        minorUnits = new long[ringSize];
        for (int i = 0; i < ringSize; i++) {
            int debit;
            int credit;
            if (hotBuckets == 0) {
                debit = random.nextInt(accountCount);
                credit = (debit + 1 + random.nextInt(accountCount - 1)) % accountCount;
            } else {
                int other = 1 + random.nextInt(accountCount - 1);
                boolean hotDebited = random.nextBoolean();
                debit = hotDebited ? 0 : other;
                credit = hotDebited ? other : 0;
            }
            long minor = 1 + random.nextInt(1_000_000);
            debitIndex[i] = debit;
            creditIndex[i] = credit;
            minorUnits[i] = minor;
            Money amount = Money.ofMinor(minor, EUR);
            entries[i] = NewJournalEntry.on(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)), "Entry " + i)
                    .debit(accounts[debit], amount).credit(accounts[credit], amount).build();
        }
    }

    private void openAccounts(int from, int end) {
        for (int i = from; i < end; i++) {
            accounts[i] = backOffice.chartOfAccounts().openAccount(actor,
                    OpenAccount.of(Integer.toString(10_000 + i), "Account " + i, AccountType.ASSET, EUR)).id();
        }
    }
}
