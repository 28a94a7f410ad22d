package dev.backoffice.benchmarks;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
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

import java.util.concurrent.TimeUnit;

/**
 * P5: durable posting on PostgreSQL where every entry touches one hot account (a bank or clearing
 * account) and a random other of {@code accounts} accounts; otherwise as P4
 * ({@link PostgresPostingBenchmark}), whose uniform rate is the reference. {@code buckets} is the
 * number of balance buckets the hot account is spread over: 1 keeps it in one row, so every posting
 * waits for the one before it on that row. At the end of each trial every balance must equal its
 * journal lines, or the trial fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 4, time = 15) // the library's code is still being compiled (C2) after 10 s; see docs/benchmarks.md
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresHotAccountBenchmark {

    /** The number of accounts: the hot one and the others. */
    @Param("10000")
    public int accounts;

    /** The balance buckets of the hot account: 1 is a plain single row. */
    @Param({"1", "16"})
    public int buckets;

    private EmbeddedLedgerDatabase database;
    private LedgerFixture fixture;

    @Setup(Level.Trial)
    public void setUp() {
        database = new EmbeddedLedgerDatabase("p5");
        fixture = new LedgerFixture(database.backOffice(), database.adapters().unitOfWork(), accounts,
                PostgresPostingBenchmark.RING, buckets);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            database.requireNoDrift();
        } finally {
            database.close();
        }
    }

    /** The library: one {@code Ledger.post} of a two-line entry on the hot account, a transaction of its own. */
    @Benchmark
    public JournalEntrySnapshot postToHotAccount(RingCursor cursor) {
        return fixture.backOffice.ledger().post(fixture.actor, fixture.entries[cursor.next(PostgresPostingBenchmark.RING)]);
    }
}
