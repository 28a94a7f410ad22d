package dev.backoffice.examples;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations;
import dev.backoffice.jpa.JpaAdapters;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The example runs on H2 through the JPA adapter and its figures are right. */
class LedgerExampleTest {

    @Test
    void theMonthBalancesAndTheReportsAreRight() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger-example;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        BackOfficeMigrations.migrate(dataSource);
        BackOffice backOffice = BackOffice.builder(JpaAdapters.create(dataSource)).build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        TrialBalance trialBalance = new LedgerExample(backOffice, TenantId.of("acme-test"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(trialBalance.isBalanced()).isTrue();
        assertThat(trialBalance.total(Money.currency("EUR")).debit()).isEqualTo(Money.of("26290.50", "EUR"));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("refused as expected: ledger.entry.unbalanced")
                .contains("refused as expected: ledger.period.closed")
                .contains("Balanced: true")
                .contains("Operating expenses (roll-up of rent, wages, supplies): EUR 4940.00");
    }
}
