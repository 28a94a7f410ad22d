package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.BalanceSnapshot;
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
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * P9: the in-memory adapters hold {@code entries} posted two-line entries in a 512 MB heap. The
 * trial's set-up posts them (in atomic batches of 8,190) into a JVM started with {@code -Xmx512m}:
 * an {@code OutOfMemoryError} fails the benchmark. It then prints the heap the store retains after a
 * full collection, per entry, and the measured operation (a current balance) shows the store still
 * answers. The figure that counts is the printed line, not the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 1, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class InMemoryFootprintBenchmark {

    @Param("1000000")
    public int entries;

    private LedgerFixture fixture;
    private int next;

    @Setup(Level.Trial)
    public void fillTheStore() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        fixture = new LedgerFixture(BackOffice.inMemory(), 1000, InMemoryBatchBenchmark.BATCH);
        memory.gc();
        long empty = memory.getHeapMemoryUsage().getUsed();
        List<dev.backoffice.accounts.api.NewJournalEntry> batch = Arrays.asList(fixture.entries);
        int posted = 0;
        while (posted < entries) {
            List<dev.backoffice.accounts.api.NewJournalEntry> part = entries - posted >= batch.size()
                    ? batch : batch.subList(0, entries - posted);
            fixture.backOffice.ledger().postAll(fixture.actor, part);
            posted += part.size();
        }
        memory.gc();
        long full = memory.getHeapMemoryUsage().getUsed();
        long max = memory.getHeapMemoryUsage().getMax();
        System.out.printf("%nP9 footprint: %,d entries retain %,d MB of heap (%,d bytes per entry), heap max %,d MB%n",
                posted, (full - empty) >> 20, (full - empty) / Math.max(1, posted), max >> 20);
    }

    @Benchmark
    public BalanceSnapshot readABalance() {
        next = (next + 1) % fixture.accounts.length;
        return fixture.backOffice.financialReports().balance(fixture.actor, fixture.accounts[next]);
    }
}
