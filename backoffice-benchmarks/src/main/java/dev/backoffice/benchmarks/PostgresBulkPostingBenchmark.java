package dev.backoffice.benchmarks;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.jpa.entity.AccountBalanceEntity;
import dev.backoffice.jpa.entity.AccountBalanceKey;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalLineEntity;
import dev.backoffice.jpa.entity.JournalLineKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * P3: bulk posting on PostgreSQL, one thread, {@value #BATCH} two-line entries per transaction. The
 * library posts them with one {@code Ledger.postAll} ({@link #postAll}); beside it, in the same run
 * and on the same database, the same rows (the entries, their two lines each, and each touched
 * account's balance row raised once per batch) are written by (a) plain JDBC batches
 * ({@link #jdbcBatch}), (b) {@code COPY} ({@link #copy}) and
 * (c) a naive JPA loop on the adapter's own entities that persists each entry and flushes it before
 * the next ({@link #naiveJpaLoop}). Every connection of the pool has the driver's
 * {@code reWriteBatchedInserts} on, as a host posting in bulk would set it: JDBC batches of inserts,
 * the library's included, become multi-row inserts. Scores are entries per second. At the end of each trial every
 * balance must equal its journal lines, or the trial fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresBulkPostingBenchmark {

    /** Entries per transaction. */
    static final int BATCH = 1_000;
    static final int RING = 1 << 16;

    private static final String INSERT_ENTRY = "insert into bo_journal_entries (id, tenant_id, accounting_date, "
            + "description, source_reference, status, reversal_of, reversed_by, created_by, created_at, posted_by, "
            + "posted_at, version) values (?, ?, ?, ?, null, 'POSTED', null, null, ?, ?, ?, ?, 0)";
    private static final String INSERT_LINE = "insert into bo_journal_lines (entry_id, line_no, tenant_id, account_id, "
            + "accounting_date, posted, side, amount_minor, currency, memo) values (?, ?, ?, ?, ?, true, ?, ?, 'EUR', null)";
    private static final String ADD_TO_BALANCE = "update bo_account_balances set debit_minor = debit_minor + ?, "
            + "credit_minor = credit_minor + ? where tenant_id = ? and account_id = ? and bucket = 0";

    /** The number of accounts the entries are spread over. */
    @Param("1000")
    public int accounts;

    private EmbeddedLedgerDatabase database;
    private LedgerFixture fixture;
    private final TimeOrderedIds ids = new TimeOrderedIds();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        // the host's pool rewrites batched inserts into multi-row ones, for the library and the baselines alike
        database = new EmbeddedLedgerDatabase("p3", Map.of("reWriteBatchedInserts", "true"));
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

    /** The indexes of the next batch of entries in the fixture's ring. */
    private int[] nextBatch() {
        int[] batch = new int[BATCH];
        for (int i = 0; i < BATCH; i++) {
            batch[i] = next++ & (RING - 1);
        }
        return batch;
    }

    /** The library: one {@code Ledger.postAll} of the batch, one transaction. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<JournalEntrySnapshot> postAll() {
        int[] batch = nextBatch();
        List<NewJournalEntry> entries = new ArrayList<>(BATCH);
        for (int i : batch) {
            entries.add(fixture.entries[i]);
        }
        return fixture.backOffice.ledger().postAll(fixture.actor, entries);
    }

    /** (a) The same rows by JDBC batches, rewritten by the driver into multi-row inserts. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int jdbcBatch() throws SQLException {
        int[] batch = nextBatch();
        String tenant = fixture.actor.tenant().value();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                UUID[] entryIds = new UUID[BATCH];
                try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
                    for (int k = 0; k < BATCH; k++) {
                        NewJournalEntry entry = fixture.entries[batch[k]];
                        entryIds[k] = ids.newId();
                        insert.setObject(1, entryIds[k]);
                        insert.setString(2, tenant);
                        insert.setDate(3, Date.valueOf(entry.accountingDate()));
                        insert.setString(4, entry.description());
                        insert.setString(5, fixture.actor.id());
                        insert.setTimestamp(6, now);
                        insert.setString(7, fixture.actor.id());
                        insert.setTimestamp(8, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
                    for (int k = 0; k < BATCH; k++) {
                        int i = batch[k];
                        Date date = Date.valueOf(fixture.entries[i].accountingDate());
                        line(insert, entryIds[k], 1, tenant, fixture.accounts[fixture.debitIndex[i]].value(), date,
                                "DEBIT", fixture.minorUnits[i]);
                        line(insert, entryIds[k], 2, tenant, fixture.accounts[fixture.creditIndex[i]].value(), date,
                                "CREDIT", fixture.minorUnits[i]);
                    }
                    insert.executeBatch();
                }
                addToBalances(connection, tenant, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return BATCH;
    }

    /** (b) The same rows by {@code COPY ... FROM STDIN}, the balances as in (a). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long copy() throws Exception {
        int[] batch = nextBatch();
        String tenant = fixture.actor.tenant().value();
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        StringBuilder entries = new StringBuilder(BATCH * 160);
        StringBuilder lines = new StringBuilder(BATCH * 2 * 120);
        for (int i : batch) {
            NewJournalEntry entry = fixture.entries[i];
            UUID id = ids.newId();
            entries.append(id).append('\t').append(tenant).append('\t').append(entry.accountingDate()).append('\t')
                    .append(entry.description()).append("\tPOSTED\t").append(fixture.actor.id()).append('\t').append(now)
                    .append('\t').append(fixture.actor.id()).append('\t').append(now).append("\t0\n");
            copyLine(lines, id, 1, tenant, fixture.accounts[fixture.debitIndex[i]].value(), entry, "DEBIT",
                    fixture.minorUnits[i]);
            copyLine(lines, id, 2, tenant, fixture.accounts[fixture.creditIndex[i]].value(), entry, "CREDIT",
                    fixture.minorUnits[i]);
        }
        long rows;
        try (Connection connection = database.pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                rows = copy.copyIn("copy bo_journal_entries (id, tenant_id, accounting_date, description, status, "
                        + "created_by, created_at, posted_by, posted_at, version) from stdin", new StringReader(entries.toString()));
                rows += copy.copyIn("copy bo_journal_lines (entry_id, line_no, tenant_id, account_id, accounting_date, "
                        + "posted, side, amount_minor, currency) from stdin", new StringReader(lines.toString()));
                addToBalances(connection, tenant, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return rows;
    }

    /** (c) A naive JPA loop on the adapter's entities: persist each entry, raise its two balances, flush. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int naiveJpaLoop() {
        int[] batch = nextBatch();
        String tenant = fixture.actor.tenant().value();
        EntityManager em = database.adapters().entityManagerFactory().createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            for (int i : batch) {
                NewJournalEntry source = fixture.entries[i];
                Instant now = Instant.now();
                JournalEntryEntity entry = new JournalEntryEntity();
                entry.setId(ids.newId());
                entry.setTenantId(tenant);
                entry.setAccountingDate(source.accountingDate());
                entry.setDescription(source.description());
                entry.setStatus(EntryStatus.POSTED);
                entry.setCreatedBy(fixture.actor.id());
                entry.setCreatedAt(now);
                entry.setPostedBy(fixture.actor.id());
                entry.setPostedAt(now);
                entry.setLines(new ArrayList<>(List.of(
                        jpaLine(entry, 1, fixture.accounts[fixture.debitIndex[i]].value(), Side.DEBIT, fixture.minorUnits[i]),
                        jpaLine(entry, 2, fixture.accounts[fixture.creditIndex[i]].value(), Side.CREDIT, fixture.minorUnits[i]))));
                em.persist(entry);
                for (JournalLineEntity line : entry.getLines()) {
                    AccountBalanceEntity balance = em.find(AccountBalanceEntity.class,
                            new AccountBalanceKey(line.getAccountId(), 0));
                    if (line.getSide() == Side.DEBIT) {
                        balance.setDebitMinor(balance.getDebitMinor() + line.getAmountMinor());
                    } else {
                        balance.setCreditMinor(balance.getCreditMinor() + line.getAmountMinor());
                    }
                }
                em.flush();
            }
            transaction.commit();
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
        return BATCH;
    }

    private JournalLineEntity jpaLine(JournalEntryEntity entry, int lineNo, UUID account, Side side, long minor) {
        JournalLineEntity line = new JournalLineEntity();
        line.setId(new JournalLineKey(entry.getId(), lineNo));
        line.setEntry(entry);
        line.setTenantId(entry.getTenantId());
        line.setAccountId(account);
        line.setAccountingDate(entry.getAccountingDate());
        line.setPosted(true);
        line.setSide(side);
        line.setAmountMinor(minor);
        line.setCurrency("EUR");
        return line;
    }

    /** Each touched account's balance row raised once, in ascending account id order (as PostgreSQL sorts uuid). */
    private void addToBalances(Connection connection, String tenant, int[] batch) throws SQLException {
        TreeMap<String, long[]> totals = new TreeMap<>();
        for (int i : batch) {
            totals.computeIfAbsent(fixture.accounts[fixture.debitIndex[i]].value().toString(), a -> new long[2])[0] +=
                    fixture.minorUnits[i];
            totals.computeIfAbsent(fixture.accounts[fixture.creditIndex[i]].value().toString(), a -> new long[2])[1] +=
                    fixture.minorUnits[i];
        }
        try (PreparedStatement update = connection.prepareStatement(ADD_TO_BALANCE)) {
            for (Map.Entry<String, long[]> total : totals.entrySet()) {
                update.setLong(1, total.getValue()[0]);
                update.setLong(2, total.getValue()[1]);
                update.setString(3, tenant);
                update.setObject(4, UUID.fromString(total.getKey()));
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            if (Arrays.stream(counts).anyMatch(c -> c != 1 && c != java.sql.Statement.SUCCESS_NO_INFO)) {
                throw new IllegalStateException("a balance row is missing");
            }
        }
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

    private static void copyLine(StringBuilder lines, UUID entry, int lineNo, String tenant, UUID account,
                                 NewJournalEntry source, String side, long minor) {
        lines.append(entry).append('\t').append(lineNo).append('\t').append(tenant).append('\t').append(account)
                .append('\t').append(source.accountingDate()).append("\tt\t").append(side).append('\t').append(minor)
                .append("\tEUR\n");
    }
}
