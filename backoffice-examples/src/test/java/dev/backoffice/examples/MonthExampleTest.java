package dev.backoffice.examples;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.JpaAdapters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month runs through the JPA adapter, on H2 and on PostgreSQL, and its reports agree with each
 * other and with the story.
 */
class MonthExampleTest {

    @Test
    void theMonthAddsUpAcrossEveryContext() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:month-example;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");

        theMonthAddsUp(dataSource, "northwind-test");
    }

    @Test
    void theSameProgramRunsOnThePostgresqlDatabaseTheEnvironmentNames() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = ExampleHost.dataSource(
                    Map.of("BACKOFFICE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres")));
            assertThat(dataSource).isInstanceOf(PGSimpleDataSource.class);

            theMonthAddsUp(dataSource, "northwind-pg");
        }
    }

    private static void theMonthAddsUp(DataSource dataSource, String tenant) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ExampleHost.migrate(dataSource, out);

        MonthExample.MonthFigures figures;
        try (JpaAdapters adapters = JpaAdapters.create(dataSource)) {
            figures = new MonthExample(adapters, TenantId.of(tenant), out).run();
        }

        assertThat(figures.failedChecks()).isEmpty();
        assertThat(figures.trialBalance().isBalanced()).isTrue();
        assertThat(figures.balanceSheet().isBalanced()).isTrue();
        // the hotel's invoice is all that is owed: 6 grinders at 349.00 less 5 %, 6 tampers at 24.00, 20 % VAT
        assertThat(figures.receivablesAging().total().total()).isEqualTo(eur("2559.96"))
                .isEqualTo(figures.receivableAccount());
        assertThat(figures.receivablesAging().total().days1To30()).isEqualTo(eur("2559.96"));
        // four full months and Sam's 13 days of 31 (2900.00 x 13 / 31)
        assertThat(figures.payroll().totalGross()).isEqualTo(eur("12616.13"));
        assertThat(figures.incomeStatement().in(MonthExample.EUR).orElseThrow().revenue().total())
                .isEqualTo(eur("5863.30"));
        // FIFO grinders: 16 of the 30 at 180.00 sold, 14 left beside the 10 restocked at 186.00;
        // moving-average tampers: 34 of 50 at 9.00 left
        assertThat(figures.stockValuation().total()).isEqualTo(eur("4686.00")).isEqualTo(figures.inventoryAccount());
        assertThat(figures.incomeStatement().in(MonthExample.EUR).orElseThrow().expenses().row("5000").orElseThrow()
                .amount()).isEqualTo(eur("3024.00"));
        assertThat(figures.receivedNotBilledAccount()).isEqualTo(eur("0.00"));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("bringing the schema up to date...")
                .contains("[5/5] E-005 Sam Ortiz")
                .contains("carl.controller approves his own payment: refused, receivables.payment.self_approval")
                .contains("Booked STANDARD for EUR 60.00, tracking IMC00000001 IMC00000002")
                .contains("SO-1001: DELIVERED on 2026-01-14, signed by J. Martin")
                .contains("SO-1002: DELIVERED on 2026-01-15")
                .contains("First card: DECLINED (card expired), nothing posted")
                .contains("anna.clerk closes the period: refused, access.denied")
                .contains("refused, ledger.period.closed")
                .contains("Balanced: true")
                .contains("[ok]     receivables aging total EUR 2559.96 equals account 1200 EUR 2559.96")
                .contains("Received 10 x GR-100 at 186.00 into MAIN/A")
                .contains("[ok]     stock valuation total EUR 4686.00 equals account 1300 EUR 4686.00")
                .contains("[ok]     stock received not billed (2050) is cleared by the bills: EUR 0.00")
                .contains("[ok]     payables aging total EUR 2352.00 equals account 2000 EUR 2352.00")
                .doesNotContain("[FAILED]");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
