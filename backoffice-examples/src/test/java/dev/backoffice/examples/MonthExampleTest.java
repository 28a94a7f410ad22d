package dev.backoffice.examples;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The month runs on H2 through the JPA adapter, and its reports agree with each other and with the story. */
class MonthExampleTest {

    @Test
    void theMonthAddsUpAcrossEveryContext() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:month-example;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        BackOfficeMigrations.migrate(dataSource);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        MonthExample.MonthFigures figures = new MonthExample(dataSource, TenantId.of("northwind-test"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

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

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
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
                .contains("[ok]     payables aging total EUR 120.00 equals account 2000 EUR 120.00")
                .doesNotContain("[FAILED]");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
