package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads spend, reserve, capture and void against one account whose debits must never
 * exceed its credits, on one real PostgreSQL database: the limit holds counting pending amounts,
 * every balance row equals its lines, and a pending entry is resolved once.
 */
class PostgresBalanceLimitConcurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String TENANT = "limits";
    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 40;
    private static final LocalDate DATE = LocalDate.of(2026, 6, 15);
    /** The outcomes a caller must expect when many threads race on a limited account. */
    private static final Set<String> EXPECTED_REFUSALS = Set.of("ledger.balance.limit_exceeded",
            "ledger.pending.already_resolved", "concurrency.conflict");

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    /** A pending entry a thread recorded: its id and the amount it reserves on each of its two lines. */
    private record Hold(PendingEntryId id, long amountMinor) {
    }

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "balance_limits");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        if (adapters != null) {
            adapters.close();
        }
    }

    @Test
    void racingSpendsHoldsCapturesAndVoidsNeverBreakTheLimitNorResolveTwice() throws Exception {
        Actor actor = Actor.of(TENANT, "teller");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot bank = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("1000", "Bank", AccountType.ASSET, EUR));
        AccountSnapshot funds = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("2000", "Customer funds", AccountType.LIABILITY, EUR)
                        .withBalanceLimit(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS));
        AccountSnapshot merchants = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("2100", "Merchants payable", AccountType.LIABILITY, EUR));
        backOffice.ledger().post(actor, NewJournalEntry.on(DATE, "Customer deposit")
                .debit(bank.id(), Money.of("1000.00", "EUR")).credit(funds.id(), Money.of("1000.00", "EUR"))
                .reference("deposit").build());

        List<Hold> holds = new CopyOnWriteArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger spent = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        AtomicInteger captured = new AtomicInteger();
        AtomicInteger voided = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> anomalies = new ConcurrentLinkedQueue<>();
        Instant expiresAt = Instant.now().plus(Duration.ofHours(2));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 104_729L * (t + 1);
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                start.await();
                for (int n = 0; n < OPERATIONS_PER_THREAD; n++) {
                    int choice = random.nextInt(100);
                    try {
                        if (choice < 30) {
                            backOffice.ledger().post(actor, spend(funds, merchants, amount(random),
                                    "spend-" + sequence.incrementAndGet()));
                            spent.incrementAndGet();
                        } else if (choice < 60 || holds.isEmpty()) {
                            Money amount = amount(random);
                            PendingEntrySnapshot hold = backOffice.ledger().postPending(actor, NewPendingEntry.of(
                                    spend(funds, merchants, amount, "hold-" + sequence.incrementAndGet()), expiresAt));
                            holds.add(new Hold(hold.id(), amount.minorUnits()));
                            held.incrementAndGet();
                        } else if (choice < 85) {
                            // the most recent holds, so that threads race to resolve the same one
                            Hold hold = recent(holds, random);
                            Money part = part(hold, random);
                            PostPendingEntry command = random.nextBoolean()
                                    ? PostPendingEntry.inFull(hold.id())
                                    : PostPendingEntry.inPart(hold.id(), part, part);
                            backOffice.ledger().postPendingEntry(actor, command);
                            captured.incrementAndGet();
                        } else {
                            backOffice.ledger().voidPending(actor, recent(holds, random).id());
                            voided.incrementAndGet();
                        }
                    } catch (BackOfficeException e) {
                        if (EXPECTED_REFUSALS.contains(e.code())) {
                            refused.incrementAndGet();
                        } else {
                            anomalies.add(e);
                        }
                    } catch (RuntimeException | Error e) {
                        anomalies.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        int operations = THREADS * OPERATIONS_PER_THREAD;
        List<String> anomalyDescriptions = anomalies.stream().map(Throwable::toString).toList();
        anomalies.forEach(Throwable::printStackTrace);
        assertThat(anomalyDescriptions).as("outcomes other than success or an expected refusal").isEmpty();
        assertThat(spent.get() + held.get() + captured.get() + voided.get() + refused.get()).isEqualTo(operations);
        assertThat(held.get()).as("pending entries recorded").isPositive();
        assertThat(captured.get()).as("pending entries posted").isPositive();
        assertThat(voided.get()).as("pending entries voided").isPositive();

        try (Connection connection = dataSource.getConnection()) {
            // the limit, counting pending debits
            try (PreparedStatement statement = connection.prepareStatement("""
                    select debit_minor, credit_minor, pending_debit_minor, balance_limit from bo_account_balances
                    where tenant_id = ? and account_id = ?
                    """)) {
                statement.setString(1, TENANT);
                statement.setObject(2, funds.id().value());
                try (ResultSet row = statement.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("balance_limit")).isEqualTo("DEBITS_MUST_NOT_EXCEED_CREDITS");
                    assertThat(row.getLong("credit_minor")).isEqualTo(100_000L);
                    assertThat(row.getLong("debit_minor") + row.getLong("pending_debit_minor"))
                            .as("debits plus pending debits of the limited account")
                            .isLessThanOrEqualTo(row.getLong("credit_minor"));
                }
            }

            // every balance row: posted totals equal its posted lines, pending totals equal the lines of PENDING entries
            try (PreparedStatement statement = connection.prepareStatement("""
                    select b.account_id, b.debit_minor, b.credit_minor, b.pending_debit_minor, b.pending_credit_minor,
                           coalesce((select sum(l.amount_minor) from bo_journal_lines l where l.tenant_id = b.tenant_id
                                     and l.account_id = b.account_id and l.posted and l.side = 'DEBIT'), 0) as line_debits,
                           coalesce((select sum(l.amount_minor) from bo_journal_lines l where l.tenant_id = b.tenant_id
                                     and l.account_id = b.account_id and l.posted and l.side = 'CREDIT'), 0) as line_credits,
                           coalesce((select sum(pl.amount_minor) from bo_pending_lines pl
                                     join bo_pending_entries p on p.id = pl.pending_id
                                     where p.tenant_id = b.tenant_id and p.status = 'PENDING'
                                     and pl.account_id = b.account_id and pl.side = 'DEBIT'), 0) as held_debits,
                           coalesce((select sum(pl.amount_minor) from bo_pending_lines pl
                                     join bo_pending_entries p on p.id = pl.pending_id
                                     where p.tenant_id = b.tenant_id and p.status = 'PENDING'
                                     and pl.account_id = b.account_id and pl.side = 'CREDIT'), 0) as held_credits
                    from bo_account_balances b where b.tenant_id = ?
                    """)) {
                statement.setString(1, TENANT);
                try (ResultSet rows = statement.executeQuery()) {
                    int checked = 0;
                    while (rows.next()) {
                        String account = rows.getString("account_id");
                        assertThat(rows.getLong("debit_minor")).as("debits of %s", account).isEqualTo(rows.getLong("line_debits"));
                        assertThat(rows.getLong("credit_minor")).as("credits of %s", account).isEqualTo(rows.getLong("line_credits"));
                        assertThat(rows.getLong("pending_debit_minor")).as("pending debits of %s", account)
                                .isEqualTo(rows.getLong("held_debits"));
                        assertThat(rows.getLong("pending_credit_minor")).as("pending credits of %s", account)
                                .isEqualTo(rows.getLong("held_credits"));
                        checked++;
                    }
                    assertThat(checked).isEqualTo(3);
                }
            }

            // each pending entry resolved once: the rows match the successful calls, and a POSTED one has exactly
            // one journal entry (the one it names), the others none
            assertThat(count(connection, "select count(*) from bo_pending_entries where tenant_id = 'limits'"))
                    .isEqualTo(held.get());
            assertThat(count(connection, "select count(*) from bo_pending_entries where tenant_id = 'limits' and status = 'POSTED'"))
                    .isEqualTo(captured.get());
            assertThat(count(connection, "select count(*) from bo_pending_entries where tenant_id = 'limits' and status = 'VOIDED'"))
                    .isEqualTo(voided.get());
            assertThat(count(connection, """
                    select count(*) from bo_pending_entries p where p.tenant_id = 'limits' and
                    (select count(*) from bo_journal_entries e where e.tenant_id = p.tenant_id
                     and e.source_reference = p.source_reference)
                    <> case when p.status = 'POSTED' then 1 else 0 end
                    """)).as("pending entries without exactly one posting when POSTED, or with one otherwise").isZero();
            assertThat(count(connection, """
                    select count(*) from bo_pending_entries p where p.tenant_id = 'limits' and p.status = 'POSTED'
                    and not exists (select 1 from bo_journal_entries e where e.id = p.posted_entry_id
                                    and e.source_reference = p.source_reference and e.status = 'POSTED')
                    """)).as("POSTED pending entries whose posted entry is not theirs").isZero();
            assertThat(count(connection, "select count(*) from bo_journal_entries where tenant_id = 'limits'"))
                    .isEqualTo(1L + spent.get() + captured.get());
        }

        System.out.println("RELIABILITY limits threads=" + THREADS + " operations=" + operations + " refused="
                + refused.get() + " anomalies=" + anomalies.size());
    }

    private static NewJournalEntry spend(AccountSnapshot from, AccountSnapshot to, Money amount, String reference) {
        return NewJournalEntry.on(DATE, "Card payment " + reference)
                .debit(from.id(), amount).credit(to.id(), amount).reference(reference).build();
    }

    /** 0.50 to 15.00 EUR: the 1,000.00 of funds run out about halfway through, so the limit is contended. */
    private static Money amount(Random random) {
        return Money.ofMinor(50 + random.nextInt(1_451), EUR);
    }

    /** An amount from 0.01 up to the held amount. */
    private static Money part(Hold hold, Random random) {
        return Money.ofMinor(1 + (long) random.nextInt((int) hold.amountMinor()), EUR);
    }

    private static Hold recent(List<Hold> holds, Random random) {
        int size = holds.size();
        return holds.get(Math.max(0, size - 1 - random.nextInt(Math.min(size, 6))));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
