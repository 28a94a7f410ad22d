package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R3 idempotency under concurrency on a real PostgreSQL: the same command with the same key sent
 * three times at once has one effect and three identical answers; the same key with another payload
 * is a conflict that stores nothing; a retry after a commit whose reply was lost has no second effect.
 */
class IdempotencyUnderConcurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final int ROUNDS = 20;
    private static final int SENDERS = 3;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r3_idempotency");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void theSameCommandSentThreeTimesAtOnceHasOneEffect() throws Exception {
        Actor actor = Actor.of("r3-same", "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        int anomalies = 0;
        int conflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String key = "payment-" + round;
                NewJournalEntry command = NewJournalEntry.on(DAY, "Payment " + round).idempotencyKey(key)
                        .debit(cash.id(), Money.ofMinor(100 + round, EUR)).credit(sales.id(), Money.ofMinor(100 + round, EUR))
                        .build();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JournalEntrySnapshot>> replies = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return backOffice.ledger().post(actor, command);
                    }));
                }
                go.countDown();
                Set<Object> ids = new HashSet<>();
                for (Future<JournalEntrySnapshot> reply : replies) {
                    ids.add(reply.get(1, TimeUnit.MINUTES).id());
                }
                if (ids.size() != 1 || entriesDescribed(actor, "Payment " + round) != 1) {
                    anomalies++;
                }
                NewJournalEntry other = NewJournalEntry.on(DAY, "Payment " + round + " changed").idempotencyKey(key)
                        .debit(cash.id(), Money.ofMinor(999, EUR)).credit(sales.id(), Money.ofMinor(999, EUR)).build();
                try {
                    backOffice.ledger().post(actor, other);
                    anomalies++;
                } catch (BackOfficeException e) {
                    if (!"idempotency.key_reused".equals(e.code())) {
                        throw e;
                    }
                    conflicts++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long expected = 0;
        for (int round = 0; round < ROUNDS; round++) {
            expected += 100 + round;
        }
        if (backOffice.financialReports().balance(actor, cash.id()).balance().minorUnits() != expected) {
            anomalies++;
        }
        System.out.println("RELIABILITY R3 idempotency-concurrent threads=" + SENDERS + " operations=" + (ROUNDS * (SENDERS + 1))
                + " conflicts=" + conflicts + " anomalies=" + anomalies);
        assertThat(anomalies).isZero();
        assertThat(conflicts).isEqualTo(ROUNDS);
    }

    @Test
    void aRetryAfterACommitWhoseReplyWasLostHasNoSecondEffect() throws SQLException {
        Actor actor = Actor.of("r3-lost", "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        NewJournalEntry command = NewJournalEntry.on(DAY, "Lost reply").idempotencyKey("lost-1")
                .debit(cash.id(), Money.of("10.00", EUR)).credit(sales.id(), Money.of("10.00", EUR)).build();

        backOffice.ledger().post(actor, command); // committed; the caller never sees the reply
        JournalEntrySnapshot retried = backOffice.ledger().post(actor, command);

        assertThat(entriesDescribed(actor, "Lost reply")).isEqualTo(1);
        assertThat(retried.description()).isEqualTo("Lost reply");
        assertThat(backOffice.financialReports().balance(actor, cash.id()).balance()).isEqualTo(Money.of("10.00", EUR));
        assertThatThrownBy(() -> backOffice.ledger().post(actor, NewJournalEntry.on(DAY, "Other").idempotencyKey("lost-1")
                .debit(cash.id(), Money.of("1.00", EUR)).credit(sales.id(), Money.of("1.00", EUR)).build()))
                .isInstanceOfSatisfying(BackOfficeException.class, e -> assertThat(e.code()).isEqualTo("idempotency.key_reused"));
        assertThat(entriesDescribed(actor, "Other")).isZero();
    }

    private static long entriesDescribed(Actor actor, String description) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM bo_journal_entries WHERE tenant_id = ? AND description = ?")) {
            count.setString(1, actor.tenant().value());
            count.setString(2, description);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
