package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.domain.AccountId;
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

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * P1: posting two-line entries on the in-memory adapters, one thread, beside the bare work of the
 * same postings (two map look-ups and two exact additions per entry) measured in the same run.
 * The store starts empty each iteration so that memory does not grow without bound.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the heap's pages are touched when the JVM starts (as a latency-minded host's JVM does, or has long
// since done in its steady state): otherwise the first measured seconds pay the operating system for
// each fresh page the young generation grows into, not the library (docs/benchmarks.md, P2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class InMemoryPostingBenchmark {

    private static final int RING = 4096;

    private LedgerFixture fixture;
    private Map<AccountId, long[]> bareTotals;
    private int next;

    @Setup(Level.Iteration)
    public void setUp() {
        fixture = new LedgerFixture(BackOffice.inMemory(), 20, RING);
        bareTotals = new HashMap<>();
        for (AccountId account : fixture.accounts) {
            bareTotals.put(account, new long[2]);
        }
    }

    /** The library: validate, check, post, update balances, audit, publish. */
    @Benchmark
    public JournalEntrySnapshot postEntry() {
        return fixture.backOffice.ledger().post(fixture.actor, fixture.entries[next++ & (RING - 1)]);
    }

    /** The baseline: the same amounts added to the same accounts' totals, and nothing else. */
    @Benchmark
    public long bareWork() {
        int i = next++ & (RING - 1);
        long[] debit = bareTotals.get(fixture.accounts[fixture.debitIndex[i]]);
        long[] credit = bareTotals.get(fixture.accounts[fixture.creditIndex[i]]);
        debit[0] = Math.addExact(debit[0], fixture.minorUnits[i]);
        credit[1] = Math.addExact(credit[1], fixture.minorUnits[i]);
        return debit[0] + credit[1];
    }
}
