package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalIntegrity;
import dev.backoffice.accounts.api.JournalVerification;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sealing while posting, on one real PostgreSQL database: four threads post (and sometimes
 * reverse) while two sealers, on two adapter instances as two application instances would be,
 * seal the same tenant over and over. In the end every posted entry is sealed exactly once, the
 * sequences run 1..n without a gap, and the chain verifies.
 */
class PostgresSealingConcurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int POSTERS = 4;
    private static final int ENTRIES_PER_POSTER = 60;
    private static final int SEALERS = 2;

    private static DataSource dataSource;
    private static JpaAdapters instanceA;
    private static JpaAdapters instanceB;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "sealing");
        instanceA = JpaAdapters.create(dataSource);
        instanceB = JpaAdapters.create(dataSource);
    }

    @AfterAll
    static void stop() {
        instanceA.close();
        instanceB.close();
    }

    @Test
    void sealersRacingPostersSealEveryEntryOnceWithoutGaps() throws Exception {
        BackOffice backOffice = BackOffice.builder(instanceA).build();
        List<JournalIntegrity> sealers = List.of(backOffice.journalIntegrity(),
                BackOffice.builder(instanceB).build().journalIntegrity());
        Actor actor = Actor.of("sealing", "clerk");
        Actor job = Actor.of("sealing", "sealer-job");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));

        ExecutorService pool = Executors.newFixedThreadPool(POSTERS + SEALERS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean posting = new AtomicBoolean(true);
        AtomicInteger sealedWhilePosting = new AtomicInteger();
        List<Future<Integer>> posters = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
            int poster = p;
            posters.add(pool.submit(() -> {
                go.await();
                int entries = 0;
                for (int n = 0; n < ENTRIES_PER_POSTER; n++) {
                    JournalEntrySnapshot entry = backOffice.ledger().post(actor,
                            NewJournalEntry.on(LocalDate.of(2026, 1 + poster, 1 + n % 28), "Sale " + poster + "-" + n)
                                    .debit(cash.id(), Money.ofMinor(100 + n, EUR))
                                    .credit(sales.id(), Money.ofMinor(100 + n, EUR)).build());
                    entries++;
                    if (n % 10 == 9) {
                        backOffice.ledger().reverse(actor, ReverseJournalEntry.of(entry.id(), LocalDate.of(2026, 6, 1), null));
                        entries++;
                    }
                }
                return entries;
            }));
        }
        List<Future<?>> sealing = new ArrayList<>();
        for (JournalIntegrity sealer : sealers) {
            sealing.add(pool.submit(() -> {
                go.await();
                while (posting.get()) {
                    sealedWhilePosting.addAndGet(sealer.seal(job));
                    Thread.sleep(2);
                }
                return null;
            }));
        }
        go.countDown();
        int posted = 0;
        for (Future<Integer> poster : posters) {
            posted += poster.get(3, TimeUnit.MINUTES);
        }
        posting.set(false);
        for (Future<?> sealer : sealing) {
            sealer.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int sealedAfter = sealers.get(1).seal(job);
        assertThat(sealers.get(0).seal(job)).as("nothing left to seal").isZero();

        assertThat(posted).isEqualTo(POSTERS * ENTRIES_PER_POSTER * 11 / 10);
        assertThat(sealedWhilePosting.get()).as("the sealers ran while postings went on").isPositive();
        assertThat(sealedWhilePosting.get() + sealedAfter).isEqualTo(posted);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection, "select count(*) from bo_journal_entries where tenant_id = 'sealing'"))
                    .isEqualTo(posted);
            assertThat(count(connection, "select count(*) from bo_journal_seals where tenant_id = 'sealing'"))
                    .isEqualTo(posted);
            assertThat(count(connection, "select count(distinct entry_id) from bo_journal_seals where tenant_id = 'sealing'"))
                    .isEqualTo(posted);
            assertThat(count(connection, "select min(sequence_no) from bo_journal_seals where tenant_id = 'sealing'"))
                    .isEqualTo(1);
            assertThat(count(connection, "select max(sequence_no) from bo_journal_seals where tenant_id = 'sealing'"))
                    .isEqualTo(posted);
            assertThat(count(connection, "select count(*) from bo_journal_entries e where e.tenant_id = 'sealing'"
                    + " and not exists (select 1 from bo_journal_seals s where s.entry_id = e.id)")).isZero();
            assertThat(count(connection, "select last_sequence from bo_journal_chain_heads where tenant_id = 'sealing'"))
                    .isEqualTo(posted);
        }
        JournalVerification verification = sealers.get(0).verify(actor);
        assertThat(verification.intact()).as("%s", verification).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(posted);
        assertThat(verification.headSequence()).isEqualTo(posted);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
