package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting a tenant's functional currency while its first entries are being posted, on one real
 * PostgreSQL database: either the setting is refused because an entry committed first, or every
 * posted line of the tenant carries a functional value. A tenant never ends up with a functional
 * currency and lines without one.
 */
class PostgresFunctionalCurrencyRaceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int ROUNDS = 12;
    private static final int POSTERS = 4;
    private static final int ENTRIES_PER_POSTER = 5;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "functional_race");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void aTenantNeverHasAFunctionalCurrencyAndLinesWithoutValues() throws Exception {
        AtomicInteger set = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger anomalies = new AtomicInteger();
        int operations = 0;
        ExecutorService pool = Executors.newFixedThreadPool(POSTERS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Actor actor = Actor.of("race-" + round, "owner");
                backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
                AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor,
                        OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
                AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor,
                        OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> work = new ArrayList<>();
                // the posters start together with the setting, or a little after it
                long posterDelayMicros = (round % 4) * 400L;
                for (int p = 0; p < POSTERS; p++) {
                    work.add(pool.submit(() -> {
                        go.await();
                        TimeUnit.MICROSECONDS.sleep(posterDelayMicros);
                        for (int i = 0; i < ENTRIES_PER_POSTER; i++) {
                            backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 2, 1 + i), "Sale")
                                    .debit(cash.id(), Money.of("1.00", EUR)).credit(sales.id(), Money.of("1.00", EUR)).build());
                        }
                        return null;
                    }));
                }
                work.add(pool.submit(() -> {
                    go.await();
                    try {
                        backOffice.currencies().setFunctionalCurrency(actor, new SetFunctionalCurrency(EUR));
                        set.incrementAndGet();
                    } catch (BackOfficeException e) {
                        assertThat(e.code()).isEqualTo("ledger.currency.journal_not_empty");
                        refused.incrementAndGet();
                    }
                    return null;
                }));
                go.countDown();
                for (Future<?> future : work) {
                    future.get(60, TimeUnit.SECONDS);
                }
                operations += POSTERS * ENTRIES_PER_POSTER + 1;
                if (hasPolicy(actor) && linesWithoutValue(actor) > 0) {
                    anomalies.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("RELIABILITY functional-currency-race threads=" + (POSTERS + 1) + " operations=" + operations
                + " set=" + set.get() + " refused=" + refused.get() + " anomalies=" + anomalies.get());
        assertThat(set.get() + refused.get()).isEqualTo(ROUNDS);
        assertThat(anomalies.get()).isZero();
    }

    private static boolean hasPolicy(Actor actor) throws SQLException {
        return count("SELECT count(*) FROM bo_currency_policies WHERE tenant_id = ?", actor) > 0;
    }

    private static long linesWithoutValue(Actor actor) throws SQLException {
        return count("SELECT count(*) FROM bo_journal_lines WHERE tenant_id = ? AND posted AND functional_minor IS NULL", actor);
    }

    private static long count(String sql, Actor actor) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, actor.tenant().value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
