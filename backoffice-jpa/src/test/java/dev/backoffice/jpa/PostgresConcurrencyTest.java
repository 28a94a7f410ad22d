package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads against one real PostgreSQL database: no lost update on a balance, no deadlock,
 * one effect per idempotency key, and a period close that waits for a posting in flight.
 */
class PostgresConcurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int THREADS = 8;
    private static final int ENTRIES_PER_THREAD = 40;
    private static final int ACCOUNTS = 20;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "concurrency");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void parallelPostingsKeepEveryBalanceEqualToItsLines() throws Exception {
        Actor actor = Actor.of("parallel", "poster");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        List<AccountSnapshot> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(backOffice.chartOfAccounts().openAccount(actor,
                    OpenAccount.of(Integer.toString(1000 + i), "Account " + i, AccountType.values()[i % 5], EUR)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 7919L * (t + 1);
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                start.await();
                for (int n = 0; n < ENTRIES_PER_THREAD; n++) {
                    backOffice.ledger().post(actor, randomBalancedEntry(random, accounts));
                }
                return ENTRIES_PER_THREAD;
            }));
        }
        start.countDown();
        int posted = 0;
        for (Future<Integer> result : results) {
            posted += result.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(posted).isEqualTo(THREADS * ENTRIES_PER_THREAD);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from bo_journal_entries where tenant_id = 'parallel'"))
                    .isEqualTo(THREADS * ENTRIES_PER_THREAD);
            try (PreparedStatement statement = connection.prepareStatement("""
                    select b.account_id, b.debit_minor, b.credit_minor,
                           coalesce(sum(case when l.side = 'DEBIT' then l.amount_minor end), 0) as line_debits,
                           coalesce(sum(case when l.side = 'CREDIT' then l.amount_minor end), 0) as line_credits
                    from bo_account_balances b
                    left join bo_journal_lines l on l.account_id = b.account_id and l.tenant_id = b.tenant_id and l.posted
                    where b.tenant_id = 'parallel'
                    group by b.account_id, b.debit_minor, b.credit_minor
                    """);
                 ResultSet rows = statement.executeQuery()) {
                int checked = 0;
                long allDebits = 0;
                while (rows.next()) {
                    assertThat(rows.getLong("debit_minor")).as("debits of %s", rows.getString(1))
                            .isEqualTo(rows.getLong("line_debits"));
                    assertThat(rows.getLong("credit_minor")).as("credits of %s", rows.getString(1))
                            .isEqualTo(rows.getLong("line_credits"));
                    allDebits += rows.getLong("debit_minor");
                    checked++;
                }
                assertThat(checked).isEqualTo(ACCOUNTS);
                assertThat(allDebits).isPositive();
            }
        }
        TrialBalance trialBalance = backOffice.financialReports().trialBalance(actor);
        assertThat(trialBalance.isBalanced()).isTrue();
        assertThat(trialBalance.total(EUR).debit()).isEqualTo(trialBalance.total(EUR).credit());
    }

    @Test
    void theSameIdempotencyKeyFromManyThreadsPostsOnce() throws Exception {
        Actor actor = Actor.of("idempotent", "poster");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        NewJournalEntry command = NewJournalEntry.on(LocalDate.of(2026, 5, 4), "Order 17")
                .debit(cash.id(), Money.of("12.34", "EUR")).credit(sales.id(), Money.of("12.34", "EUR"))
                .idempotencyKey("order-17").build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JournalEntrySnapshot>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                start.await();
                return backOffice.ledger().post(actor, command);
            }));
        }
        start.countDown();
        Set<Object> ids = Collections.synchronizedSet(new HashSet<>());
        for (Future<JournalEntrySnapshot> result : results) {
            ids.add(result.get(1, TimeUnit.MINUTES).id());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(backOffice.financialReports().balance(actor, cash.id()).debits()).isEqualTo(Money.of("12.34", "EUR"));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from bo_journal_entries where tenant_id = 'idempotent'")).isEqualTo(1);
        }
    }

    @Test
    void closingAPeriodWaitsForAPostingThatHoldsTheFiscalYear() throws Exception {
        TenantId tenant = TenantId.of("locking");
        FiscalYear toClose = yearWithMarchToClose(tenant);

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> posting = pool.submit(() -> adapters.unitOfWork().execute(() -> {
            assertThat(adapters.fiscalYears().findForPosting(tenant, LocalDate.of(2026, 3, 15))).isPresent();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> closing = pool.submit(() -> adapters.unitOfWork().execute(() -> {
            adapters.fiscalYears().update(toClose);
            return null;
        }));

        Thread.sleep(400);
        assertThat(closing.isDone()).as("the close waits while the posting holds the year").isFalse();
        release.countDown();
        posting.get(30, TimeUnit.SECONDS);
        closing.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(adapters.fiscalYears().find(tenant, toClose.id()).orElseThrow().period(3).status())
                .isEqualTo(dev.backoffice.accounts.domain.PeriodStatus.CLOSED);
    }

    /**
     * The converse: a posting that starts while a close holds the calendar waits, and its read of
     * the year (sent in the same round trip as the lock, run once the lock is granted) sees the
     * period closed, not the snapshot of before the close committed.
     */
    @Test
    void aPostingThatWaitedForAClosingSeesThePeriodClosed() throws Exception {
        TenantId tenant = TenantId.of("waiting");
        FiscalYear toClose = yearWithMarchToClose(tenant);

        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> closing = pool.submit(() -> adapters.unitOfWork().execute(() -> {
            adapters.fiscalYears().update(toClose);
            closed.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
        Future<FiscalYear> posting = pool.submit(() -> adapters.unitOfWork().execute(() ->
                adapters.fiscalYears().findForPosting(tenant, LocalDate.of(2026, 3, 15)).orElseThrow()));

        Thread.sleep(400);
        assertThat(posting.isDone()).as("the posting waits while the close holds the calendar").isFalse();
        commit.countDown();
        closing.get(30, TimeUnit.SECONDS);
        FiscalYear seen = posting.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(seen.period(3).status()).isEqualTo(dev.backoffice.accounts.domain.PeriodStatus.CLOSED);
        assertThat(seen.version()).isEqualTo(toClose.version() + 1);
    }

    /** Opens the tenant's calendar year 2026 and returns it as read again, with March (period 3) closed in memory only. */
    private FiscalYear yearWithMarchToClose(TenantId tenant) {
        FiscalYear year = FiscalYear.open(dev.backoffice.accounts.domain.FiscalYearId.of(java.util.UUID.randomUUID()),
                tenant, "2026", LocalDate.of(2026, 1, 1));
        adapters.unitOfWork().execute(() -> {
            adapters.fiscalYears().add(year);
            return null;
        });
        FiscalYear toClose = adapters.fiscalYears().find(tenant, year.id()).orElseThrow();
        toClose.close(3, java.time.Instant.now(), java.util.UUID::randomUUID);
        return toClose;
    }

    private static NewJournalEntry randomBalancedEntry(Random random, List<AccountSnapshot> accounts) {
        int lines = 2 + random.nextInt(3);
        int debitLines = 1 + random.nextInt(lines - 1);
        List<AccountSnapshot> shuffled = new ArrayList<>(accounts);
        Collections.shuffle(shuffled, random);
        Money total = Money.ofMinor(100 + random.nextInt(1_000_000), EUR);
        List<Money> debits = total.split(debitLines);
        List<Money> credits = total.split(lines - debitLines);
        NewJournalEntry.Builder entry = NewJournalEntry.on(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "Random entry");
        int next = 0;
        for (Money debit : debits) {
            entry.debit(shuffled.get(next++).id(), debit);
        }
        for (Money credit : credits) {
            entry.credit(shuffled.get(next++).id(), credit);
        }
        return entry.build();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
