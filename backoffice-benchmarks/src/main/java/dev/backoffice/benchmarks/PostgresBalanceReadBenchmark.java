package dev.backoffice.benchmarks;

import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.TrialBalance;
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
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * P6: balance reads on embedded PostgreSQL over a journal of {@code lines} posted lines among
 * {@code accounts} accounts: the current balance (kept up to date on every posting), the balance as
 * of a date (summed from the lines through their index) and the trial balance (from the balance
 * rows, so it grows with the accounts, not the lines: compare the two sizes). The p99 of each is the
 * figure. The set-up posts the journal in atomic batches of 8,190 entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresBalanceReadBenchmark {

    @Param({"100000", "1000000"})
    public int lines;

    @Param("1000")
    public int accounts;

    private EmbeddedLedgerDatabase database;
    private LedgerFixture fixture;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void postTheJournal() {
        database = new EmbeddedLedgerDatabase("p6");
        fixture = new LedgerFixture(database.backOffice(), database.adapters().unitOfWork(), accounts,
                InMemoryBatchBenchmark.BATCH, 0);
        List<NewJournalEntry> batch = Arrays.asList(fixture.entries);
        int entries = lines / 2;
        long started = System.nanoTime();
        for (int posted = 0; posted < entries; ) {
            List<NewJournalEntry> part = entries - posted >= batch.size() ? batch : batch.subList(0, entries - posted);
            fixture.backOffice.ledger().postAll(fixture.actor, part);
            posted += part.size();
        }
        System.out.printf("%nP6 set-up: %,d lines posted in %,d s%n", lines, (System.nanoTime() - started) / 1_000_000_000L);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            database.requireNoDrift();
        } finally {
            database.close();
        }
    }

    @Benchmark
    public BalanceSnapshot currentBalance() {
        return fixture.backOffice.financialReports().balance(fixture.actor, fixture.accounts[random.nextInt(accounts)]);
    }

    @Benchmark
    public BalanceSnapshot balanceAsOf() {
        return fixture.backOffice.financialReports().balanceAsOf(fixture.actor, fixture.accounts[random.nextInt(accounts)],
                LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    @Benchmark
    public TrialBalance trialBalance() {
        return fixture.backOffice.financialReports().trialBalance(fixture.actor);
    }
}
