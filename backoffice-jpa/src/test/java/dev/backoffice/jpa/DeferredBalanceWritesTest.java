package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.StatementLog;
import dev.backoffice.jpa.support.TestDatabases;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JPA adapter adds posted amounts to the balances at the end of the unit of work: the balance
 * rows, which others wait for from the update to the commit, are updated last, whatever the use
 * case writes after its posting, and once per account however many entries it posts. What the
 * unit of work reads sees its own postings; a balance update that fails at the end fails the unit
 * of work, and nothing of it is kept.
 */
class DeferredBalanceWritesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPaymentUpdatesItsBalancesAfterWritingItsRowJustBeforeTheCommit(TestDatabases.Kind kind) {
        try (Fixture fixture = new Fixture(kind, "deferred_payment")) {
            BackOffice backOffice = fixture.backOffice;
            AccountId bank = fixture.open("1010", AccountType.ASSET);
            AccountId customerCredit = fixture.open("2210", AccountType.LIABILITY);
            backOffice.receivablesSettings().configure(fixture.actor, new ConfigureReceivables(EUR,
                    fixture.open("1200", AccountType.ASSET), customerCredit, fixture.open("4000", AccountType.REVENUE),
                    fixture.open("2300", AccountType.LIABILITY), fixture.open("2000", AccountType.LIABILITY),
                    fixture.open("1400", AccountType.ASSET), fixture.open("6000", AccountType.EXPENSE),
                    fixture.open("1450", AccountType.ASSET), bank, null, null));
            PartyId customer = backOffice.parties().register(fixture.actor, RegisterParty.customer("Acme", 30, EUR)).id();

            fixture.statements.clear();
            backOffice.payments().record(fixture.actor, RecordPayment.incoming(customer, Money.of("25.00", EUR), DAY));
            List<String> statements = List.copyOf(fixture.statements);

            int payment = indexOf(statements, "insert into bo_payments");
            int balances = indexOf(statements, "update bo_account_balances");
            assertThat(payment).as("the payment's row is written").isNotNegative();
            assertThat(balances).as("the balances are updated after the payment's row").isGreaterThan(payment);
            assertThat(statements.subList(balances + 1, statements.size()))
                    .as("nothing is written after the balances: their rows are locked only until the commit")
                    .noneMatch(sql -> sql.startsWith("insert") || sql.startsWith("update") || sql.startsWith("delete"));
            assertThat(statements).filteredOn(sql -> sql.startsWith("update bo_account_balances")).hasSize(1);
            assertThat(fixture.balance(bank)).isEqualTo(Money.of("25.00", EUR));
            assertThat(fixture.balance(customerCredit)).isEqualTo(Money.of("-25.00", EUR));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void postingsOfOneUnitOfWorkUpdateEachBalanceOnceAndItsReadsSeeThem(TestDatabases.Kind kind) {
        try (Fixture fixture = new Fixture(kind, "deferred_reads")) {
            AccountId cash = fixture.open("1000", AccountType.ASSET);
            AccountId sales = fixture.open("4000", AccountType.REVENUE);

            fixture.statements.clear();
            fixture.adapters.unitOfWork().execute(() -> {
                fixture.post(cash, sales, "10.00");
                fixture.post(cash, sales, "5.00");
                fixture.post(cash, sales, "2.50");
                return null;
            });
            assertThat(fixture.statements).filteredOn(sql -> sql.startsWith("update bo_account_balances"))
                    .as("three postings, one update of the two balances at the end").hasSize(1);
            assertThat(fixture.balance(cash)).isEqualTo(Money.of("17.50", EUR));

            Money seenInside = fixture.adapters.unitOfWork().execute(() -> {
                fixture.post(cash, sales, "1.00");
                Money seen = fixture.balance(cash);
                fixture.post(cash, sales, "2.00");
                return seen;
            });
            assertThat(seenInside).as("a read in the unit of work sees its postings so far").isEqualTo(Money.of("18.50", EUR));
            assertThat(fixture.balance(cash)).isEqualTo(Money.of("20.50", EUR));
            assertThat(fixture.balance(sales)).isEqualTo(Money.of("-20.50", EUR));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBalanceUpdateThatFailsAtTheEndRollsTheUnitOfWorkBack(TestDatabases.Kind kind) {
        try (Fixture fixture = new Fixture(kind, "deferred_failure")) {
            AccountId cash = fixture.open("1000", AccountType.ASSET);
            AccountId sales = fixture.open("4000", AccountType.REVENUE);
            fixture.post(cash, sales, "10.00");
            List<String> entriesBefore = fixture.journalIds();

            assertThatThrownBy(() -> fixture.adapters.unitOfWork().execute(() -> {
                fixture.post(cash, sales, "4.00");
                // the balance rows of the sales account go, behind the unit of work's back, before its end
                fixture.sql("delete from bo_account_balances where account_id = ?", sales);
                return null;
            })).isInstanceOfSatisfying(BackOfficeException.class,
                    e -> assertThat(e.code()).isEqualTo("ledger.account.not_found"));

            assertThat(fixture.journalIds()).as("the entry of the failed unit of work is not kept").isEqualTo(entriesBefore);
            assertThat(fixture.rawDebits(cash)).as("nor its balance update of the other account").isEqualTo(1000L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void inAHostsTransactionEachCallWritesItsBalancesBeforeItReturns(TestDatabases.Kind kind) {
        try (Fixture fixture = new Fixture(kind, "deferred_host")) {
            AccountId cash = fixture.open("1000", AccountType.ASSET);
            AccountId sales = fixture.open("4000", AccountType.REVENUE);
            ThreadLocal<EntityManager> hostEntityManager = new ThreadLocal<>();
            JpaAdapters joined = JpaAdapters.builder(fixture.adapters.entityManagerFactory())
                    .joinHostTransactions(hostEntityManager::get, Runnable::run)
                    .build();
            BackOffice inHost = BackOffice.builder(joined).build();

            EntityManager em = fixture.adapters.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            hostEntityManager.set(em);
            inHost.ledger().post(fixture.actor, NewJournalEntry.on(DAY, "Sale")
                    .debit(cash, Money.of("7.00", EUR)).credit(sales, Money.of("7.00", EUR)).build());
            Object debits = em.createNativeQuery("select sum(debit_minor) from bo_account_balances where account_id = ?1")
                    .setParameter(1, cash.value()).getSingleResult();
            assertThat(((Number) debits).longValue())
                    .as("the host's own statement after the call, in its transaction, sees the balance").isEqualTo(700L);
            em.getTransaction().commit();
            em.close();
            hostEntityManager.remove();

            assertThat(fixture.balance(cash)).isEqualTo(Money.of("7.00", EUR));
        }
    }

    private static int indexOf(List<String> statements, String prefix) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static final class Fixture implements AutoCloseable {
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        final DataSource dataSource;
        final JpaAdapters adapters;
        final BackOffice backOffice;
        final Actor actor = Actor.of("deferred", "alice");

        Fixture(TestDatabases.Kind kind, String name) {
            dataSource = TestDatabases.newMigratedDatabase(kind, name);
            adapters = JpaAdapters.builder(StatementLog.recording(dataSource, statements)).build();
            backOffice = BackOffice.builder(adapters).build();
            backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        }

        AccountId open(String code, AccountType type) {
            AccountSnapshot account = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, code, type, EUR));
            return account.id();
        }

        void post(AccountId debit, AccountId credit, String amount) {
            backOffice.ledger().post(actor, NewJournalEntry.on(DAY, "Sale " + amount)
                    .debit(debit, Money.of(amount, EUR)).credit(credit, Money.of(amount, EUR)).build());
        }

        /** The balance (debits minus credits) as the library reports it. */
        Money balance(AccountId account) {
            var snapshot = backOffice.financialReports().balance(actor, account);
            return snapshot.debits().minus(snapshot.credits());
        }

        List<String> journalIds() {
            List<String> ids = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                 var rows = connection.createStatement().executeQuery("select id from bo_journal_entries order by id")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return ids;
        }

        long rawDebits(AccountId account) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "select sum(debit_minor) from bo_account_balances where account_id = ?")) {
                query.setObject(1, account.value());
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A statement on a connection of its own, committed at once; it waits at most 5 s for a row
         * lock (were the balances updated at once again, the unit of work would hold the row it
         * deletes, and wait for this call: the test must fail, not hang).
         */
        void sql(String sql, AccountId account) {
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
                try (var setting = connection.createStatement()) {
                    setting.execute(connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                            ? "set lock_timeout = '5s'" : "set lock_timeout 5000");
                }
                statement.setObject(1, account.value());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            adapters.close();
        }
    }
}
