package dev.backoffice.inmemory;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.AccountStatement;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.StatementRequest;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory adapters are thread-safe: parallel postings and failing ones leave every balance equal to its lines. */
class InMemoryConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ENTRIES_PER_THREAD = 300;
    private static final Currency EUR = Money.currency("EUR");

    @Test
    void parallelPostingsKeepEveryBalanceEqualToItsLines() throws Exception {
        BackOffice backOffice = BackOffice.inMemory();
        Actor actor = Actor.of("acme", "poster");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        List<AccountSnapshot> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(backOffice.chartOfAccounts().openAccount(actor,
                    OpenAccount.of(Integer.toString(1000 + i), "Account " + i, AccountType.values()[i % 5], EUR)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> refusals = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            refusals.add(pool.submit(() -> {
                start.await();
                int refused = 0;
                for (int i = 0; i < ENTRIES_PER_THREAD; i++) {
                    AccountSnapshot debit = accounts.get(random.nextInt(accounts.size()));
                    AccountSnapshot credit = accounts.get(random.nextInt(accounts.size()));
                    Money amount = Money.ofMinor(1 + random.nextInt(100_000), EUR);
                    // every tenth entry is unbalanced and must leave no trace
                    Money creditAmount = i % 10 == 9 ? amount.plus(Money.ofMinor(1, EUR)) : amount;
                    try {
                        backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 1 + random.nextInt(12), 1), "e")
                                .debit(debit.id(), amount).credit(credit.id(), creditAmount).build());
                    } catch (RuntimeException e) {
                        refused++;
                    }
                }
                return refused;
            }));
        }
        start.countDown();
        int refused = 0;
        for (Future<Integer> f : refusals) {
            refused += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(refused).isEqualTo(THREADS * ENTRIES_PER_THREAD / 10);
        for (AccountSnapshot account : accounts) {
            BalanceSnapshot balance = backOffice.financialReports().balance(actor, account.id());
            AccountStatement lines = backOffice.financialReports().statement(actor,
                    new StatementRequest(account.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 1000));
            Money debits = Money.zero(EUR);
            Money credits = Money.zero(EUR);
            for (AccountStatement.Line line : lines.lines()) {
                debits = debits.plus(line.debit());
                credits = credits.plus(line.credit());
            }
            assertThat(lines.totalLines()).isLessThanOrEqualTo(1000);
            assertThat(balance.debits()).isEqualTo(debits);
            assertThat(balance.credits()).isEqualTo(credits);
            assertThat(lines.closingBalance()).isEqualTo(balance.balance());
            assertThat(account.normalSide() == Side.DEBIT ? debits.minus(credits) : credits.minus(debits))
                    .isEqualTo(balance.balance());
        }
        assertThat(backOffice.financialReports().trialBalance(actor).isBalanced()).isTrue();
    }

    /**
     * A host reading the adapters directly, outside any unit of work, while postings commit sees
     * whole entries only: the debits of every read equal its credits, a found entry has all its
     * lines, and the count of lines never goes back.
     */
    @Test
    void readsOutsideAUnitOfWorkSeeWholeEntriesWhilePostingsRun() throws Exception {
        InMemoryAdapters adapters = new InMemoryAdapters();
        BackOffice backOffice = BackOffice.builder(adapters).build();
        Actor actor = Actor.of("acme", "poster");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        List<AccountSnapshot> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accounts.add(backOffice.chartOfAccounts().openAccount(actor,
                    OpenAccount.of(Integer.toString(2000 + i), "Account " + i, AccountType.ASSET, EUR)));
        }
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        java.util.concurrent.ConcurrentLinkedQueue<dev.backoffice.accounts.domain.JournalEntryId> posted =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<?> writer = pool.submit(() -> {
            Random random = new Random(1);
            try {
                for (int i = 0; i < 3_000; i++) {
                    Money amount = Money.ofMinor(1 + random.nextInt(100_000), EUR);
                    int debit = random.nextInt(accounts.size());
                    int credit = (debit + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
                    NewJournalEntry entry = NewJournalEntry.on(LocalDate.of(2026, 1 + random.nextInt(12), 1), "e" + i)
                            .debit(accounts.get(debit).id(), amount).credit(accounts.get(credit).id(), amount).build();
                    if (i % 50 == 49) {
                        backOffice.ledger().postAll(actor, java.util.Collections.nCopies(20, entry))
                                .forEach(snapshot -> posted.add(snapshot.id()));
                    } else {
                        posted.add(backOffice.ledger().post(actor, entry).id());
                    }
                }
            } finally {
                done.set(true);
            }
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                long lastCount = 0;
                while (!done.get() || reads == 0) {
                    long debits = 0;
                    long credits = 0;
                    for (dev.backoffice.accounts.domain.AccountBalance total
                            : adapters.journalLines().totalsAsOf(actor.tenant(), yearEnd)) {
                        debits += total.debits().minorUnits();
                        credits += total.credits().minorUnits();
                    }
                    assertThat(debits).isEqualTo(credits);
                    long count = adapters.journalLines().countStatementLines(actor.tenant(), accounts.get(0).id(),
                            LocalDate.of(2026, 1, 1), yearEnd);
                    assertThat(count).isGreaterThanOrEqualTo(lastCount);
                    lastCount = count;
                    dev.backoffice.accounts.domain.JournalEntryId some = posted.peek();
                    if (some != null) {
                        assertThat(adapters.journalEntries().find(actor.tenant(), some)).hasValueSatisfying(
                                e -> assertThat(e.lines()).hasSize(2));
                    }
                    reads++;
                }
                return reads;
            }));
        }
        writer.get(120, TimeUnit.SECONDS);
        for (Future<Integer> reader : readers) {
            assertThat(reader.get(120, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        assertThat(backOffice.financialReports().trialBalance(actor).isBalanced()).isTrue();
    }
}
