package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.common.application.CommandValidator;
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

import java.util.concurrent.TimeUnit;

/**
 * Not a scenario: one component of P1 alone, the Bean Validation of one two-line
 * {@link NewJournalEntry} (what every {@code Ledger.post} does before any work), with the same
 * validator the library uses. It tells how much of P1's time and allocation validation takes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CommandValidationBenchmark {

    private static final int RING = 4096;

    private final CommandValidator validator = new CommandValidator();
    private LedgerFixture fixture;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new LedgerFixture(BackOffice.inMemory(), 20, RING);
    }

    /** Validates one two-line entry of the same ring P1 posts. */
    @Benchmark
    public NewJournalEntry validateEntry() {
        NewJournalEntry entry = fixture.entries[next++ & (RING - 1)];
        validator.validate(entry);
        return entry;
    }
}
