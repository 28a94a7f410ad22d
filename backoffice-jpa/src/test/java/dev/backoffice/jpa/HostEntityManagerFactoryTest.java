package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** A host that builds its own factory lists the adapter's entity classes and hands the factory over. */
class HostEntityManagerFactoryTest {

    @Test
    void runsOnTheHostsFactoryAndLeavesItOpen() {
        DataSource dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.H2, "host_emf");
        EntityManagerFactory hostFactory = new HibernatePersistenceConfiguration("host")
                .managedClasses(JpaAdapters.entityClasses())
                .properties(JpaAdapters.recommendedProperties())
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .createEntityManagerFactory();
        try (JpaAdapters adapters = JpaAdapters.using(hostFactory)) {
            BackOffice backOffice = BackOffice.builder(adapters).build();
            Actor actor = Actor.of("host", "alice");
            Currency eur = Currency.getInstance("EUR");
            backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
            AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, eur));
            AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, eur));
            backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 2, 3), "Sale")
                    .debit(cash.id(), Money.of("10.00", "EUR")).credit(sales.id(), Money.of("10.00", "EUR")).build());

            assertThat(backOffice.financialReports().balance(actor, cash.id()).debits()).isEqualTo(Money.of("10.00", "EUR"));
        }
        assertThat(hostFactory.isOpen()).as("the host's factory is the host's to close").isTrue();
        hostFactory.close();
    }
}
