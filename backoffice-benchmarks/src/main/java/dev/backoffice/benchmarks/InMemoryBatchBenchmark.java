package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** P2: one atomic batch of 8,190 two-line entries on the in-memory adapters; the p99 is what counts. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the heap's pages are touched when the JVM starts (as a latency-minded host's JVM does, or has long
// since done in its steady state): otherwise the first measured seconds pay the operating system for
// each fresh page the young generation grows into, not the library (docs/benchmarks.md, P2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class InMemoryBatchBenchmark {

    static final int BATCH = 8190;

    private LedgerFixture fixture;
    private List<NewJournalEntry> batch;

    @Setup(Level.Iteration)
    public void setUp() {
        fixture = new LedgerFixture(BackOffice.inMemory(), 100, BATCH);
        batch = Arrays.asList(fixture.entries);
    }

    @Benchmark
    public List<JournalEntrySnapshot> postBatch() {
        return fixture.backOffice.ledger().postAll(fixture.actor, batch);
    }
}
