package dev.backoffice.inmemory;

import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.application.PersonnelContext;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.personnel.spi.HolidayCalendar;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many threads against the in-memory personnel store: no double payroll, no overspent leave balance. */
class InMemoryPersonnelConcurrencyTest {

    private static final int THREADS = 8;

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final PersonnelContext personnel;
    private final Actor hr = Actor.of("acme", "hr");

    InMemoryPersonnelConcurrencyTest() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters.unitOfWork(), AccessPolicy.allowAll(), new CommandValidator(),
                adapters.idempotencyKeys(), adapters.auditRecords(), adapters.eventOutbox(), DomainEventPublisher.none(),
                new TimeOrderedIds(clock), clock);
        AccountsContext accounts = new AccountsContext(useCases, adapters.accounts(), adapters.accountBalances(),
                adapters.journalEntries(), adapters.journalLines(), adapters.fiscalYears(), adapters.reconciliations(),
                adapters.pendingEntries(), adapters.journalSeals(), adapters.currencyPolicies(), ExchangeRates.none());
        personnel = new PersonnelContext(useCases, adapters.personnel().orElseThrow(),
                accounts.ledger(), accounts.chartOfAccounts(), HolidayCalendar.weekendsOnly(), FlatRatePayrollRules.none());
    }

    private List<String> race(Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
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
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }

    @Test
    void parallelRunsOfOnePeriodMakeExactlyOneRun() throws Exception {
        EmployeeSnapshot e = personnel.employees().hire(hr, HireEmployee.of("E-1", "A", "B", LocalDate.of(2026, 1, 1)));
        personnel.employees().startContract(hr, StartContract.monthly(e.id(), LocalDate.of(2026, 1, 1),
                ContractType.FULL_TIME, "40", Money.of("3000.00", "EUR"), "CC"));

        List<String> outcomes = race(() -> personnel.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 2)))
                .status().name());

        assertThat(outcomes).filteredOn("DRAFT"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("personnel.payroll.period_already_run"::equals).hasSize(THREADS - 1);
        assertThat(personnel.payroll().payrollRuns(hr, YearMonth.of(2026, 2))).hasSize(1);
    }

    @Test
    void parallelRequestsNeverSpendMoreThanTheBalance() throws Exception {
        EmployeeSnapshot e = personnel.employees().hire(hr, HireEmployee.of("E-1", "A", "B", LocalDate.of(2026, 1, 1)));
        LeaveTypeSnapshot vacation = personnel.leave().defineLeaveType(hr, DefineLeaveType.paidVacation("VAC", "20", "0"));
        // 20 days available; eight threads each ask for a different working week of five days
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            mondays.add(LocalDate.of(2026, 3, 2).plusWeeks(w));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<String> outcomes = race(() -> {
            LocalDate monday = mondays.get(next.getAndIncrement());
            return personnel.leave().requestLeave(hr, RequestLeave.of(e.id(), vacation.id(), monday, monday.plusDays(4)))
                    .status().name();
        });

        assertThat(outcomes).filteredOn("PENDING"::equals).hasSize(4);
        assertThat(outcomes).filteredOn("personnel.leave.insufficient_balance"::equals).hasSize(THREADS - 4);
        assertThat(personnel.leave().balance(hr, e.id(), vacation.id(), 2026).available()).isEqualByComparingTo("0");
    }
}
