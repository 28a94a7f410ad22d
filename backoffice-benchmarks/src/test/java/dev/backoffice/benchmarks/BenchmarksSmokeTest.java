package dev.backoffice.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark once, briefly and in this JVM, so that the benchmarks never rot. It checks
 * that they run and produce a result; it asserts no speed (figures come from real runs only).
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsOnce() throws RunnerException {
        // a smoke run measures nothing, so it need not wait for (or fail on) a real run elsewhere on the machine
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(getClass().getPackageName() + ".*Benchmark")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .param("accounts", "100") // the PostgreSQL benchmarks: a small chart opens fast
                .param("entries", "20000") // the footprint benchmark: a small store
                .param("lines", "2000") // the balance-read benchmark: a small journal
                .param("employees", "40") // the payroll benchmark: a small staff
                .param("items", "20") // the reservation benchmark: a small catalogue
                .param("customers", "20") // the payment benchmark: a few customers
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .contains("postEntry", "bareWork", "postBatch", "postDurably", "jdbcBaseline", "postToHotAccount",
                        "readABalance", "currentBalance", "balanceAsOf", "trialBalance", "runPayroll",
                        "reserveSpread", "reserveHot", "jdbcBaselineSpread", "postAll", "jdbcBatch", "copy", "naiveJpaLoop",
                        "recordPayment", "postReceiptOnly");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
