package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReconcileLines;
import dev.backoffice.accounts.api.ReconciliationSnapshot;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalLineRef;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads reconcile overlapping sets of lines of one clearing account on a real PostgreSQL
 * database: every line ends up in at most one active reconciliation, every losing attempt is
 * refused with {@code ledger.reconciliation.line_already_reconciled}, and nobody deadlocks; and
 * eight threads sending the same command with one idempotency key make one reconciliation.
 */
class PostgresReconciliationConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PAIRS = 12;
    private static final int ROUNDS = 3;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "reconciliation_concurrency");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void overlappingReconciliationsNeverShareALine() throws Exception {
        Actor actor = Actor.of("reconciling", "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot clearing = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("1200", "Clearing", AccountType.ASSET, Money.currency("EUR")));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("4000", "Sales", AccountType.REVENUE, Money.currency("EUR")));
        List<JournalLineRef> debits = new ArrayList<>();
        List<JournalLineRef> credits = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Money amount = Money.of("10.00", "EUR");
            JournalEntrySnapshot invoice = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 1, 1 + i), "Invoice " + i)
                    .debit(clearing.id(), amount).credit(sales.id(), amount).build());
            JournalEntrySnapshot payment = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 2, 1 + i), "Payment " + i)
                    .debit(sales.id(), amount).credit(clearing.id(), amount).build());
            debits.add(JournalLineRef.of(invoice.id(), 1));
            credits.add(JournalLineRef.of(payment.id(), 2));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> refusals = ConcurrentHashMap.newKeySet();
        List<Future<List<ReconciliationSnapshot>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                Random random = new Random(31L * (thread + 1));
                start.await();
                List<ReconciliationSnapshot> won = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < PAIRS; k++) {
                        // two invoices against two payments, windows shifted per thread: every set overlaps others
                        List<JournalLineRef> lines = new ArrayList<>(List.of(
                                debits.get(k), debits.get((k + 1) % PAIRS),
                                credits.get((k + thread) % PAIRS), credits.get((k + thread + 1) % PAIRS)));
                        Collections.shuffle(lines, random);
                        try {
                            won.add(backOffice.bankReconciliation().reconcile(actor, ReconcileLines.of(clearing.id(), lines)));
                        } catch (BackOfficeException e) {
                            refusals.add(e.code());
                        }
                    }
                    if (!won.isEmpty() && random.nextBoolean()) {
                        // undo one of ours now and then, so lines come free again while others reconcile
                        ReconciliationSnapshot undone = won.remove(random.nextInt(won.size()));
                        backOffice.bankReconciliation().undo(actor, undone.id());
                    }
                }
                return won;
            }));
        }
        start.countDown();
        List<ReconciliationSnapshot> active = new ArrayList<>();
        for (Future<List<ReconciliationSnapshot>> result : results) {
            active.addAll(result.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(active).isNotEmpty();
        assertThat(refusals).containsExactly("ledger.reconciliation.line_already_reconciled");
        Set<JournalLineRef> held = new HashSet<>();
        for (ReconciliationSnapshot reconciliation : active) {
            for (JournalLineRef line : reconciliation.refs()) {
                assertThat(held.add(line)).as("line %s is in two active reconciliations", line).isTrue();
            }
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select l.entry_id, l.line_no, count(*)
                     from bo_reconciliations r join bo_reconciliation_lines l on l.reconciliation_id = r.id
                     where r.tenant_id = 'reconciling' and r.status = 'ACTIVE'
                     group by l.entry_id, l.line_no
                     having count(*) > 1
                     """);
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a line held by two active reconciliations").isFalse();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select count(*) from bo_reconciled_lines m
                     join bo_reconciliations r on r.id = m.reconciliation_id
                     where m.tenant_id = 'reconciling' and r.status = 'ACTIVE'
                     """);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(held.size());
        }
        long open = backOffice.bankReconciliation().unreconciledLines(actor, clearing.id(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 100).totalLines();
        assertThat(open).isEqualTo(2L * PAIRS - held.size());
    }

    @Test
    void theSameIdempotencyKeyFromManyThreadsReconcilesOnce() throws Exception {
        Actor actor = Actor.of("reconciling-once", "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot clearing = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("1200", "Clearing", AccountType.ASSET, Money.currency("EUR")));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("4000", "Sales", AccountType.REVENUE, Money.currency("EUR")));
        Money amount = Money.of("12.34", "EUR");
        JournalEntrySnapshot invoice = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 3, 1), "Invoice")
                .debit(clearing.id(), amount).credit(sales.id(), amount).build());
        JournalEntrySnapshot payment = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 3, 9), "Payment")
                .debit(sales.id(), amount).credit(clearing.id(), amount).build());
        ReconcileLines command = ReconcileLines.of(clearing.id(),
                List.of(JournalLineRef.of(invoice.id(), 1), JournalLineRef.of(payment.id(), 2))).withIdempotencyKey("match-9");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReconciliationSnapshot>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                start.await();
                return backOffice.bankReconciliation().reconcile(actor, command);
            }));
        }
        start.countDown();
        Set<Object> ids = new HashSet<>();
        for (Future<ReconciliationSnapshot> result : results) {
            ids.add(result.get(1, TimeUnit.MINUTES).id());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from bo_reconciliations where tenant_id = 'reconciling-once'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }
}
