package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntryPosted;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
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
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R6 faults on a real PostgreSQL: the database connection killed in the middle of a unit of work
 * ({@code pg_terminate_backend}) leaves no partial record and the unit of work is retried on a new
 * connection; a publisher failing after commit loses no event (the outbox delivers it later), and
 * an event delivered twice carries the same id, so a consumer can drop the second.
 */
class FaultsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

    private static DataSource dataSource;
    private static JpaAdapters adapters;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r6_faults");
        adapters = JpaAdapters.create(dataSource);
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    private record Books(Actor actor, AccountSnapshot cash, AccountSnapshot sales) {
    }

    private static Books books(BackOffice backOffice, String tenant) {
        Actor actor = Actor.of(tenant, "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        return new Books(actor,
                backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR)),
                backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR)));
    }

    @Test
    void aConnectionKilledInTheMiddleOfAUnitOfWorkLeavesNothingAndTheRetrySucceeds() throws Exception {
        BackOffice backOffice = BackOffice.builder(adapters).build();
        Books books = books(backOffice, "r6-kill");
        int rounds = 5;
        int killed = 0;
        ExecutorService poster = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < rounds; round++) {
                String description = "Sale " + round;
                String key = "kill-" + round;
                try (Connection blocker = dataSource.getConnection()) {
                    blocker.setAutoCommit(false);
                    try (PreparedStatement lock = blocker.prepareStatement(
                            "SELECT debit_minor FROM bo_account_balances WHERE account_id = ? FOR UPDATE")) {
                        lock.setObject(1, books.cash().id().value());
                        lock.executeQuery().close();
                    }
                    Future<JournalEntrySnapshot> posting = poster.submit(() -> backOffice.ledger().post(books.actor(),
                            NewJournalEntry.on(DAY, description).idempotencyKey(key)
                                    .debit(books.cash().id(), Money.of("5.00", EUR))
                                    .credit(books.sales().id(), Money.of("5.00", EUR)).build()));
                    killed += LockWaiters.awaitAndTerminate(dataSource);
                    blocker.rollback(); // the retry of the posting can now go through
                    JournalEntrySnapshot posted = posting.get(1, TimeUnit.MINUTES);
                    assertThat(posted.description()).isEqualTo(description);
                }
            }
        } finally {
            poster.shutdownNow();
        }
        List<String> anomalies = new ArrayList<>(LedgerChecker.check(dataSource, "r6-kill", List.of(books.cash().id()),
                500L * rounds));
        long entries = count("SELECT count(*) FROM bo_journal_entries WHERE tenant_id = 'r6-kill'");
        if (entries != rounds) {
            anomalies.add(entries + " entries stored for " + rounds + " postings");
        }
        System.out.println("RELIABILITY R6 connection-killed threads=2 operations=" + rounds + " killed=" + killed
                + " anomalies=" + anomalies.size());
        assertThat(killed).as("a backend was terminated in every round").isEqualTo(rounds);
        assertThat(anomalies).isEmpty();
    }

    @Test
    void aPublisherFailingAfterCommitLosesNoEventAndADuplicateCarriesTheSameId() {
        AtomicInteger attempts = new AtomicInteger();
        List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());
        BackOffice backOffice = BackOffice.builder(adapters).eventPublisher(events -> {
            if (attempts.incrementAndGet() == 1) {
                delivered.addAll(events); // the consumer got them, but the publisher fails before saying so
                throw new IllegalStateException("broker unreachable");
            }
            delivered.addAll(events);
        }).build();
        Books books = books(backOffice, "r6-outbox");
        delivered.clear();
        attempts.set(0);

        JournalEntrySnapshot posted = backOffice.ledger().post(books.actor(), NewJournalEntry.on(DAY, "Sale")
                .debit(books.cash().id(), Money.of("7.00", EUR)).credit(books.sales().id(), Money.of("7.00", EUR)).build());
        assertThat(backOffice.ledger().entry(books.actor(), posted.id())).as("the failing publisher did not undo the posting")
                .isNotNull();

        int relayed = 0;
        for (int i = 0; i < 10 && relayed == 0; i++) {
            relayed = backOffice.relayEvents(1000);
        }
        List<DomainEvent> postedEvents = delivered.stream()
                .filter(event -> event instanceof JournalEntryPosted p && p.entryId().equals(posted.id())).toList();
        System.out.println("RELIABILITY R6 publisher-failed threads=1 operations=" + attempts.get() + " delivered="
                + postedEvents.size() + " anomalies=" + (postedEvents.size() == 2
                && postedEvents.get(0).eventId().equals(postedEvents.get(1).eventId()) ? 0 : 1));
        assertThat(relayed).as("the relay delivered what stayed in the outbox").isPositive();
        assertThat(postedEvents).hasSize(2);
        assertThat(postedEvents.get(1).eventId()).as("a redelivery carries the first id").isEqualTo(postedEvents.get(0).eventId());
        assertThat(backOffice.relayEvents(1000)).as("once delivered, never again").isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
