package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.CloseFiscalYear;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.YearEndClosing;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * A year-end close racing with postings into the year on one real PostgreSQL database: every
 * posting either commits before the close and is closed with the year, or is refused because the
 * year is locked; nothing is left on revenue or expense accounts for the year.
 */
class PostgresYearEndConcurrencyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int POSTERS = 4;
    private static final int ENTRIES_PER_POSTER = 30;
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        adapters = JpaAdapters.create(TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "year_end"));
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void postingsRacingTheCloseAreEitherClosedWithTheYearOrRefused() throws Exception {
        race("yearend", false);
    }

    @Test
    void postingsIntoTheLastPeriodRacingTheCloseOfAnOtherwiseLockedYear() throws Exception {
        // the close cannot take the year's row before it posts: it finds late postings by reading the
        // year's totals again after locking the last period, and starts over (fewer postings: each
        // deadlock between the close and a posting costs PostgreSQL's deadlock_timeout to detect)
        race("lastperiod", true);
    }

    /** Posters post into the year while it is closed; with {@code lockedBefore} only the last period is open. */
    private static void race(String tenant, boolean lockedBefore) throws Exception {
        Actor actor = Actor.of(tenant, "closer");
        FiscalYearSnapshot year = backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2025));
        if (lockedBefore) {
            for (int period = 1; period < 12; period++) {
                backOffice.fiscalCalendar().closePeriod(actor, year.id(), period);
                backOffice.fiscalCalendar().lockPeriod(actor, year.id(), period);
            }
        }
        AccountSnapshot cash = open(actor, "1000", AccountType.ASSET);
        AccountSnapshot sales = open(actor, "4000", AccountType.REVENUE);
        AccountSnapshot costs = open(actor, "6000", AccountType.EXPENSE);
        AccountSnapshot retained = open(actor, "3900", AccountType.EQUITY);

        ExecutorService pool = Executors.newFixedThreadPool(POSTERS + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger posted = new AtomicInteger();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> posters = new ArrayList<>();
        for (int p = 0; p < POSTERS; p++) {
            int poster = p;
            posters.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < (lockedBefore ? ENTRIES_PER_POSTER / 3 : ENTRIES_PER_POSTER); i++) {
                    boolean sale = (poster + i) % 3 != 0;
                    LocalDate date = i % 2 == 0 || lockedBefore ? YEAR_END : LocalDate.of(2025, 1 + i % 12, 10);
                    try {
                        backOffice.ledger().post(actor, NewJournalEntry.on(date, sale ? "Sale" : "Cost")
                                .debit(sale ? cash.id() : costs.id(), Money.of("10.00", EUR))
                                .credit(sale ? sales.id() : cash.id(), Money.of("10.00", EUR))
                                .build());
                        posted.incrementAndGet();
                    } catch (BackOfficeException e) {
                        refusals.add(e.code());
                    }
                }
                return null;
            }));
        }
        Future<YearEndClosing> closer = pool.submit(() -> {
            go.await();
            Thread.sleep(20);
            while (true) {
                try {
                    return backOffice.yearEnd().closeYear(actor, CloseFiscalYear.of(year.id(), retained.id()));
                } catch (BackOfficeException e) {
                    if (!e.code().equals("concurrency.conflict")) {
                        throw e;
                    }
                }
            }
        });
        go.countDown();
        for (Future<?> poster : posters) {
            poster.get(2, TimeUnit.MINUTES);
        }
        YearEndClosing closing = closer.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(refusals).allMatch(code -> code.equals("ledger.period.locked") || code.equals("ledger.period.closed"));
        assertThat(posted.get() + refusals.size()).isEqualTo(POSTERS * (lockedBefore ? ENTRIES_PER_POSTER / 3 : ENTRIES_PER_POSTER));
        assertThat(backOffice.fiscalCalendar().fiscalYear(actor, year.id()).periods())
                .extracting(FiscalPeriod::status).containsOnly(PeriodStatus.LOCKED);
        for (AccountSnapshot account : List.of(sales, costs)) {
            assertThat(backOffice.financialReports().balanceAsOf(actor, account.id(), YEAR_END).balance().isZero())
                    .as("what %s keeps for the closed year", account.code()).isTrue();
        }
        Money cashBalance = backOffice.financialReports().balance(actor, cash.id()).balance();
        assertThat(backOffice.financialReports().balance(actor, retained.id()).balance()).isEqualTo(cashBalance);
        assertThat(closing.in(EUR).map(YearEndClosing.Closing::netIncome).orElse(Money.zero(EUR))).isEqualTo(cashBalance);
        assertThat(backOffice.financialReports().trialBalance(actor).isBalanced()).isTrue();
    }

    private static AccountSnapshot open(Actor actor, String code, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, "Account " + code, type, EUR));
    }
}
