package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.domain.ContractType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads against the personnel ports on PostgreSQL: one payroll run per month (the unique
 * index on the period), and leave requests of one employee that never spend more than the balance
 * ({@code lockEmployee} takes the employee's row {@code FOR UPDATE}), and a run paid by eight threads
 * at once that is paid out exactly once (the run's version, the payment entry in the same unit of work).
 */
class PostgresPersonnelConcurrencyTest {

    private static final int THREADS = 8;

    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "personnel_concurrency");
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    private static List<String> race(Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (BackOfficeException refused) {
                        return refused.code();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelRunsOfOneMonthMakeExactlyOneRun() throws Exception {
        Actor hr = Actor.of("pc-payroll", "hr");
        EmployeeSnapshot e = backOffice.employees().hire(hr, HireEmployee.of("E-1", "A", "B", LocalDate.of(2026, 1, 1)));
        backOffice.employees().startContract(hr, StartContract.monthly(e.id(), LocalDate.of(2026, 1, 1),
                ContractType.FULL_TIME, "40", Money.of("3000.00", "EUR"), "CC"));

        List<String> outcomes = race(() -> backOffice.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 2)))
                .status().name());

        assertThat(outcomes).filteredOn("DRAFT"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("personnel.payroll.period_already_run"::equals).hasSize(THREADS - 1);
        assertThat(backOffice.payroll().payrollRuns(hr, YearMonth.of(2026, 2))).hasSize(1);
    }

    @Test
    void parallelRequestsNeverSpendMoreThanTheBalance() throws Exception {
        Actor hr = Actor.of("pc-leave", "hr");
        EmployeeSnapshot e = backOffice.employees().hire(hr, HireEmployee.of("E-1", "A", "B", LocalDate.of(2026, 1, 1)));
        LeaveTypeSnapshot vacation = backOffice.leave().defineLeaveType(hr, DefineLeaveType.paidVacation("VAC", "20", "0"));
        // 20 days available; eight threads each ask for a different working week of five days
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            mondays.add(LocalDate.of(2026, 3, 2).plusWeeks(w));
        }
        AtomicInteger next = new AtomicInteger();

        List<String> outcomes = race(() -> {
            LocalDate monday = mondays.get(next.getAndIncrement());
            return backOffice.leave().requestLeave(hr, RequestLeave.of(e.id(), vacation.id(), monday, monday.plusDays(4)))
                    .status().name();
        });

        assertThat(outcomes).filteredOn("PENDING"::equals).hasSize(4);
        assertThat(outcomes).filteredOn("personnel.leave.insufficient_balance"::equals).hasSize(THREADS - 4);
        assertThat(backOffice.leave().balance(hr, e.id(), vacation.id(), 2026).available()).isEqualByComparingTo("0");
    }

    @Test
    void parallelPaymentsOfOneRunPayItOutOnce() throws Exception {
        Actor hr = Actor.of("pc-pay", "hr");
        Actor director = Actor.of("pc-pay", "director");
        backOffice.fiscalCalendar().openFiscalYear(hr, dev.backoffice.accounts.api.OpenFiscalYear.calendarYear(2026));
        java.util.function.BiFunction<String, dev.backoffice.accounts.domain.AccountType, dev.backoffice.accounts.domain.AccountId> open =
                (code, type) -> backOffice.chartOfAccounts().openAccount(hr,
                        dev.backoffice.accounts.api.OpenAccount.of(code, "Account " + code, type,
                                java.util.Currency.getInstance("EUR"))).id();
        dev.backoffice.accounts.domain.AccountId netPay = open.apply("2400", dev.backoffice.accounts.domain.AccountType.LIABILITY);
        dev.backoffice.accounts.domain.AccountId bank = open.apply("1100", dev.backoffice.accounts.domain.AccountType.ASSET);
        backOffice.payroll().configureAccounts(hr, new dev.backoffice.personnel.api.ConfigurePayrollAccounts(
                open.apply("6100", dev.backoffice.accounts.domain.AccountType.EXPENSE),
                open.apply("6200", dev.backoffice.accounts.domain.AccountType.EXPENSE),
                open.apply("2300", dev.backoffice.accounts.domain.AccountType.LIABILITY), netPay, bank));
        for (String number : List.of("E-1", "E-2", "E-3")) {
            EmployeeSnapshot e = backOffice.employees().hire(hr, HireEmployee.of(number, "A", "B", LocalDate.of(2026, 1, 1)));
            backOffice.employees().startContract(hr, StartContract.monthly(e.id(), LocalDate.of(2026, 1, 1),
                    ContractType.FULL_TIME, "40", Money.of("3000.00", "EUR"), "CC"));
        }
        var run = backOffice.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 3)));
        backOffice.payroll().approve(director, run.id());
        backOffice.payroll().post(director, run.id());

        List<String> outcomes = race(() -> String.valueOf(backOffice.payroll()
                .markPaid(director, run.id(), LocalDate.of(2026, 3, 31)).paymentEntries()));

        var paid = backOffice.payroll().payrollRun(hr, run.id());
        assertThat(paid.paymentEntries()).hasSize(1);
        // every caller that got through saw the one payment; the others gave up on the conflict
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isIn(String.valueOf(paid.paymentEntries()), "concurrency.conflict"));
        assertThat(outcomes).contains(String.valueOf(paid.paymentEntries()));
        assertThat(backOffice.financialReports().balance(hr, netPay).balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(backOffice.financialReports().balance(hr, bank).balance().abs()).isEqualTo(Money.of("9000.00", "EUR"));
    }
}
