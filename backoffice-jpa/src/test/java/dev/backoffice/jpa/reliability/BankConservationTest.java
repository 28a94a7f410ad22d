package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1 bank conservation on a real PostgreSQL: 16 threads transfer random amounts among accounts
 * that may not go below zero while two threads read all balances at once. Every read sums to the
 * money put in; no account breaks its limit; every stored balance equals the replay of its journal
 * lines. The same checker is pointed at a deliberately unsafe read-modify-write transfer, written
 * here and only here, and must catch it.
 */
class BankConservationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final long FUNDING_MINOR = 100_000; // 1,000.00 per account
    private static final int WRITERS = 16;
    private static final int READERS = 2;
    private static final Duration RUN = Duration.ofSeconds(3);

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r1_conservation");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    /** A bank of accounts that may not go below zero, each funded from capital. */
    private record Bank(Actor actor, List<AccountId> accounts, long totalMinor) {
    }

    private static Bank openBank(String tenant, int size) {
        Actor actor = Actor.of(tenant, "teller");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot capital = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("3000", "Capital", AccountType.EQUITY, EUR));
        List<AccountId> accounts = new ArrayList<>(size);
        List<NewJournalEntry> funding = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            AccountSnapshot account = backOffice.chartOfAccounts().openAccount(actor, new OpenAccount(
                    String.format("1%04d", i), "Account " + i, AccountType.ASSET, EUR, null, null,
                    BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS));
            accounts.add(account.id());
            funding.add(NewJournalEntry.on(DAY, "Funding " + i)
                    .debit(account.id(), Money.ofMinor(FUNDING_MINOR, EUR)).credit(capital.id(), Money.ofMinor(FUNDING_MINOR, EUR))
                    .build());
        }
        backOffice.ledger().postAll(actor, funding);
        return new Bank(actor, List.copyOf(accounts), FUNDING_MINOR * size);
    }

    @Test
    void moneyIsConservedAmongEightAccounts() throws Exception {
        conserve("r1-eight", 8);
    }

    @Test
    void moneyIsConservedAmongAThousandAccounts() throws Exception {
        conserve("r1-thousand", 1000);
    }

    private static void conserve(String tenant, int size) throws Exception {
        Bank bank = openBank(tenant, size);
        AtomicLong transfers = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        Set<String> readAnomalies = ConcurrentHashMap.newKeySet();
        Instant end = Instant.now().plus(RUN);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                work.add(pool.submit(() -> {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (Instant.now().isBefore(end)) {
                        AccountId from = bank.accounts().get(random.nextInt(size));
                        AccountId to = bank.accounts().get(random.nextInt(size));
                        if (from.equals(to)) {
                            continue;
                        }
                        Money amount = Money.ofMinor(1 + random.nextLong(FUNDING_MINOR * 3 / 2), EUR);
                        try {
                            backOffice.ledger().post(bank.actor(), NewJournalEntry.on(DAY, "Transfer")
                                    .debit(to, amount).credit(from, amount).build());
                            transfers.incrementAndGet();
                        } catch (BackOfficeException e) {
                            if ("ledger.balance.limit_exceeded".equals(e.code())) {
                                refused.incrementAndGet();
                            } else if ("concurrency.conflict".equals(e.code())) {
                                conflicts.incrementAndGet();
                            } else {
                                throw e;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (int r = 0; r < READERS; r++) {
                work.add(pool.submit(() -> {
                    go.await();
                    while (Instant.now().isBefore(end)) {
                        List<AccountBalance> all = adapters.unitOfWork().read(() -> adapters.accountBalances().findAll(bank.actor().tenant()));
                        long sum = 0;
                        for (AccountBalance balance : all) {
                            if (!bank.accounts().contains(balance.accountId())) {
                                continue; // capital
                            }
                            long net = balance.net(Side.DEBIT).minorUnits();
                            if (net < 0) {
                                readAnomalies.add("negative balance read on " + balance.accountId());
                            }
                            sum += net;
                        }
                        if (sum != bank.totalMinor()) {
                            readAnomalies.add("a read summed to " + sum + " instead of " + bank.totalMinor());
                        }
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> anomalies = new ArrayList<>(readAnomalies);
        anomalies.addAll(LedgerChecker.check(dataSource, bank.actor().tenant().value(), bank.accounts(), bank.totalMinor()));
        System.out.println("RELIABILITY R1 bank-conservation-" + size + " threads=" + (WRITERS + READERS)
                + " operations=" + (transfers.get() + refused.get() + conflicts.get() + reads.get())
                + " transfers=" + transfers.get() + " refused=" + refused.get() + " conflicts=" + conflicts.get()
                + " reads=" + reads.get() + " anomalies=" + anomalies.size());
        assertThat(anomalies).isEmpty();
        assertThat(transfers.get()).as("transfers happened").isPositive();
        assertThat(reads.get()).as("reads happened").isPositive();
    }

    @Test
    void theCheckerCatchesAnUnsafeReadModifyWriteTransfer() throws Exception {
        Bank bank = openBank("r1-unsafe", 4);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        AtomicLong transfers = new AtomicLong();
        try {
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 40; i++) {
                        AccountId from = bank.accounts().get(random.nextInt(4));
                        AccountId to = bank.accounts().get((bank.accounts().indexOf(from) + 1 + random.nextInt(3)) % 4);
                        try {
                            unsafeTransfer(bank.actor().tenant().value(), from, to, 1 + random.nextLong(1_000));
                            transfers.incrementAndGet();
                        } catch (SQLException refusedByTheDatabase) {
                            // a CHECK constraint may refuse a lost update that went below zero: fine, it is unsafe anyway
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> caught = LedgerChecker.check(dataSource, bank.actor().tenant().value(), bank.accounts(), bank.totalMinor());
        System.out.println("RELIABILITY R1 negative-control threads=8 operations=" + transfers.get()
                + " caught=" + caught.size() + " anomalies=0");
        assertThat(caught).as("the checker finds the lost updates of the unsafe transfer").isNotEmpty();
    }

    /**
     * The unsafe variant: it records the journal lines correctly but moves each balance by reading
     * it, waiting a little, and writing back the sum, so that concurrent transfers overwrite each
     * other's updates.
     */
    private static void unsafeTransfer(String tenant, AccountId from, AccountId to, long amountMinor) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                UUID entry = UUID.randomUUID();
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bo_journal_entries (id, tenant_id,"
                        + " accounting_date, description, status, created_by, created_at, posted_by, posted_at, version)"
                        + " VALUES (?, ?, ?, 'Unsafe transfer', 'POSTED', 'unsafe', ?, 'unsafe', ?, 0)")) {
                    insert.setObject(1, entry);
                    insert.setString(2, tenant);
                    insert.setObject(3, DAY);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.executeUpdate();
                }
                line(connection, tenant, entry, 1, to, "DEBIT", amountMinor);
                line(connection, tenant, entry, 2, from, "CREDIT", amountMinor);
                readModifyWrite(connection, to, "debit_minor", amountMinor);
                readModifyWrite(connection, from, "credit_minor", amountMinor);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void line(Connection connection, String tenant, UUID entry, int lineNo, AccountId account, String side,
                             long amountMinor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bo_journal_lines (entry_id, line_no, tenant_id,"
                + " account_id, accounting_date, posted, side, amount_minor, currency) VALUES (?, ?, ?, ?, ?, true, ?, ?, 'EUR')")) {
            insert.setObject(1, entry);
            insert.setInt(2, lineNo);
            insert.setString(3, tenant);
            insert.setObject(4, account.value());
            insert.setObject(5, DAY);
            insert.setString(6, side);
            insert.setLong(7, amountMinor);
            insert.executeUpdate();
        }
    }

    private static void readModifyWrite(Connection connection, AccountId account, String column, long amountMinor)
            throws SQLException {
        long current;
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT sum(" + column + ") FROM bo_account_balances WHERE account_id = ?")) {
            read.setObject(1, account.value());
            try (ResultSet row = read.executeQuery()) {
                row.next();
                current = row.getLong(1);
            }
        }
        Thread.onSpinWait();
        try {
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (PreparedStatement write = connection.prepareStatement(
                "UPDATE bo_account_balances SET " + column + " = ? WHERE account_id = ?")) {
            write.setLong(1, current + amountMinor);
            write.setObject(2, account.value());
            write.executeUpdate();
        }
    }
}
