package dev.backoffice.benchmarks;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.common.TimeOrderedIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * P4: durable posting on PostgreSQL. Eight threads post two-line entries between random pairs of
 * {@code accounts} accounts, one entry per transaction, through {@code BackOffice} on the JPA adapter
 * ({@link #postDurably}), beside hand-written JDBC doing the same writes per entry over the same
 * pool ({@link #jdbcBaseline}): insert the entry row and its two line rows, add to the two balance
 * rows in ascending account id order, commit. The server is durable ({@code synchronous_commit} on).
 * At the end of each trial every balance must equal its journal lines, or the trial fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 4, time = 15) // the library's code is still being compiled (C2) after 10 s; see docs/benchmarks.md
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresPostingBenchmark {

    static final int RING = 1 << 16;

    private static final String INSERT_ENTRY = "insert into bo_journal_entries (id, tenant_id, accounting_date, "
            + "description, source_reference, status, reversal_of, reversed_by, created_by, created_at, posted_by, "
            + "posted_at, version) values (?, ?, ?, ?, null, 'POSTED', null, null, ?, ?, ?, ?, 0)";
    private static final String INSERT_LINE = "insert into bo_journal_lines (entry_id, line_no, tenant_id, account_id, "
            + "accounting_date, posted, side, amount_minor, currency, memo) values (?, ?, ?, ?, ?, true, ?, ?, 'EUR', null)";
    private static final String ADD_TO_BALANCE = "update bo_account_balances set debit_minor = debit_minor + ?, "
            + "credit_minor = credit_minor + ? where tenant_id = ? and account_id = ? and bucket = 0";

    /** The number of accounts the entries are spread over. */
    @Param("10000")
    public int accounts;

    private EmbeddedLedgerDatabase database;
    private LedgerFixture fixture;
    private final TimeOrderedIds ids = new TimeOrderedIds();

    @Setup(Level.Trial)
    public void setUp() {
        database = new EmbeddedLedgerDatabase("p4");
        fixture = new LedgerFixture(database.backOffice(), database.adapters().unitOfWork(), accounts, RING, 0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            database.requireNoDrift();
        } finally {
            database.close();
        }
    }

    /** The library: one {@code Ledger.post} of a two-line entry, a transaction of its own. */
    @Benchmark
    public JournalEntrySnapshot postDurably(RingCursor cursor) {
        return fixture.backOffice.ledger().post(fixture.actor, fixture.entries[cursor.next(RING)]);
    }

    /** The baseline: the same entry's rows written by hand, in a transaction of its own. */
    @Benchmark
    public UUID jdbcBaseline(RingCursor cursor) throws SQLException {
        int i = cursor.next(RING);
        NewJournalEntry entry = fixture.entries[i];
        UUID id = ids.newId();
        UUID debit = fixture.accounts[fixture.debitIndex[i]].value();
        UUID credit = fixture.accounts[fixture.creditIndex[i]].value();
        long minor = fixture.minorUnits[i];
        String tenant = fixture.actor.tenant().value();
        Date date = Date.valueOf(entry.accountingDate());
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
                    insert.setObject(1, id);
                    insert.setString(2, tenant);
                    insert.setDate(3, date);
                    insert.setString(4, entry.description());
                    insert.setString(5, fixture.actor.id());
                    insert.setTimestamp(6, now);
                    insert.setString(7, fixture.actor.id());
                    insert.setTimestamp(8, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
                    line(insert, id, 1, tenant, debit, date, "DEBIT", minor);
                    line(insert, id, 2, tenant, credit, date, "CREDIT", minor);
                    insert.executeBatch();
                }
                try (PreparedStatement update = connection.prepareStatement(ADD_TO_BALANCE)) {
                    // ascending account id order (the text order, as PostgreSQL sorts uuid), so writers never deadlock
                    boolean debitFirst = debit.toString().compareTo(credit.toString()) < 0;
                    addToBalance(update, tenant, debitFirst ? debit : credit, minor, debitFirst);
                    addToBalance(update, tenant, debitFirst ? credit : debit, minor, !debitFirst);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return id;
    }

    private static void line(PreparedStatement insert, UUID entry, int lineNo, String tenant, UUID account, Date date,
                             String side, long minor) throws SQLException {
        insert.setObject(1, entry);
        insert.setInt(2, lineNo);
        insert.setString(3, tenant);
        insert.setObject(4, account);
        insert.setDate(5, date);
        insert.setString(6, side);
        insert.setLong(7, minor);
        insert.addBatch();
    }

    private static void addToBalance(PreparedStatement update, String tenant, UUID account, long minor, boolean debit)
            throws SQLException {
        update.setLong(1, debit ? minor : 0);
        update.setLong(2, debit ? 0 : minor);
        update.setString(3, tenant);
        update.setObject(4, account);
        if (update.executeUpdate() != 1) {
            throw new IllegalStateException("no balance row for account " + account);
        }
    }
}
