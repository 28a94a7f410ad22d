package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.ContractTerms;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.personnel.spi.PersonnelAdapters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payroll of 1,000 employees on PostgreSQL through {@code BackOffice.payroll()}: for each of three
 * months two threads start the run at once and exactly one succeeds (the other is refused with
 * {@code personnel.payroll.period_already_run}); the run is approved and posted as one balanced
 * journal entry whose lines are the sums of the payslips; a later run of the same month is refused
 * too. Anomalies: a second run that got through, a refusal with another code, an entry that does
 * not balance or differs from the payslips.
 */
class PayrollRunTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int EMPLOYEES = 1_000;
    private static final String TENANT = "payroll-r";
    private static final String PERIOD_ALREADY_RUN = "personnel.payroll.period_already_run";

    private static JpaAdapters adapters;
    private static BackOffice backOffice;
    private static final Actor HR = Actor.of(TENANT, "hr");
    private static final Actor CLERK = Actor.of(TENANT, "payroll-clerk");
    private static final Actor DIRECTOR = Actor.of(TENANT, "finance-director");
    private static AccountSnapshot salaries;
    private static AccountSnapshot contributions;
    private static AccountSnapshot liabilities;
    private static AccountSnapshot netPay;

    @BeforeAll
    static void companyOfAThousand() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "r_payroll");
        backOffice = BackOffice.builder(adapters)
                .payrollRules(new FlatRatePayrollRules(
                        List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20")),
                                new FlatRatePayrollRules.Rate("social_security", new BigDecimal("0.08"))),
                        List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12")))))
                .build();
        backOffice.fiscalCalendar().openFiscalYear(HR, OpenFiscalYear.calendarYear(2026));
        salaries = open("6100", "Salaries", AccountType.EXPENSE);
        contributions = open("6200", "Employer social security", AccountType.EXPENSE);
        liabilities = open("2300", "Payroll liabilities", AccountType.LIABILITY);
        netPay = open("2400", "Net pay payable", AccountType.LIABILITY);
        backOffice.payroll().configureAccounts(HR, new ConfigurePayrollAccounts(salaries.id(), contributions.id(),
                liabilities.id(), netPay.id()));

        // the staff is stored through the ports in one unit of work: the runs are what is measured
        PersonnelAdapters personnel = adapters.personnel().orElseThrow();
        TimeOrderedIds ids = new TimeOrderedIds();
        TenantId tenant = TenantId.of(TENANT);
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        adapters.unitOfWork().execute(() -> {
            for (int i = 1; i <= EMPLOYEES; i++) {
                String number = String.format("E-%04d", i);
                // a quarter joins on 10 June: prorated pay in June
                LocalDate hired = i % 4 == 0 ? LocalDate.of(2026, 6, 10) : LocalDate.of(2025, 3, 1);
                Employee employee = Employee.hire(EmployeeId.of(ids.newId()), tenant, number,
                        PersonName.of("Given", "Person " + number), ContactDetails.NONE, hired, null, null, now);
                personnel.employeeRecords().add(employee);
                Money salary = Money.of(new BigDecimal("2000.00").add(new BigDecimal("13.37").multiply(BigDecimal.valueOf(i % 97))), EUR);
                personnel.employmentContracts().add(EmploymentContract.start(employee.id(), tenant, hired,
                        new ContractTerms(ContractType.FULL_TIME, new BigDecimal("40"), Pay.monthly(salary), "CC-" + (i % 3)),
                        "hr", now));
            }
            return null;
        });
    }

    private static AccountSnapshot open(String code, String name, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(HR, OpenAccount.of(code, name, type, EUR));
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void oneBalancedRunPerMonthEvenWhenTwoStartAtOnce() throws Exception {
        List<YearMonth> months = List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8));
        int operations = 0;
        List<String> anomalies = new ArrayList<>();
        long runMillis = 0;
        long postMillis = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (YearMonth month : months) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> racers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    racers.add(pool.submit(() -> {
                        start.await();
                        long began = System.nanoTime();
                        try {
                            PayrollRunSnapshot run = backOffice.payroll().runPayroll(CLERK, RunPayroll.of(month));
                            return new Timed(run, System.nanoTime() - began);
                        } catch (BackOfficeException refused) {
                            return refused.code();
                        }
                    }));
                }
                start.countDown();
                List<Timed> runs = new ArrayList<>();
                for (Future<Object> racer : racers) {
                    Object outcome = racer.get(5, TimeUnit.MINUTES);
                    operations++;
                    if (outcome instanceof Timed timed) {
                        runs.add(timed);
                    } else if (!PERIOD_ALREADY_RUN.equals(outcome)) {
                        anomalies.add(month + ": a racing run was refused with " + outcome);
                    }
                }
                if (runs.size() != 1) {
                    anomalies.add(month + ": " + runs.size() + " runs got through the race");
                    continue;
                }
                PayrollRunSnapshot draft = runs.get(0).run();
                runMillis = Math.max(runMillis, runs.get(0).nanos() / 1_000_000);
                if (draft.payslips().size() != EMPLOYEES) {
                    anomalies.add(month + ": " + draft.payslips().size() + " payslips");
                }
                backOffice.payroll().approve(DIRECTOR, draft.id());
                long posting = System.nanoTime();
                PayrollRunSnapshot posted = backOffice.payroll().post(DIRECTOR, draft.id());
                postMillis = Math.max(postMillis, (System.nanoTime() - posting) / 1_000_000);
                operations += 2;
                anomalies.addAll(differences(month, posted));

                try {
                    backOffice.payroll().runPayroll(CLERK, RunPayroll.of(month));
                    anomalies.add(month + ": a second run after posting got through");
                } catch (BackOfficeException refused) {
                    if (!PERIOD_ALREADY_RUN.equals(refused.code())) {
                        anomalies.add(month + ": a second run was refused with " + refused.code());
                    }
                }
                operations++;
                if (backOffice.payroll().payrollRuns(HR, month).size() != 1) {
                    anomalies.add(month + ": the month holds " + backOffice.payroll().payrollRuns(HR, month).size() + " runs");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("RELIABILITY payroll threads=2 operations=" + operations + " anomalies=" + anomalies.size());
        System.out.println("RELIABILITY payroll employees=" + EMPLOYEES + " months=" + months.size()
                + " slowest_run_ms=" + runMillis + " slowest_post_ms=" + postMillis);
        assertThat(anomalies).isEmpty();
    }

    /** What differs between the posted entry and the payslips of the run (nothing when all is right). */
    private static List<String> differences(YearMonth month, PayrollRunSnapshot run) {
        List<String> found = new ArrayList<>();
        JournalEntrySnapshot entry = backOffice.ledger().entry(HR, run.journalEntry());
        Money debits = side(entry, Side.DEBIT, null);
        Money credits = side(entry, Side.CREDIT, null);
        List<Payslip> slips = run.payslips();
        Money gross = sum(slips, Payslip::gross);
        Money employer = sum(slips, Payslip::totalEmployerContributions);
        Money deductions = sum(slips, Payslip::totalDeductions);
        Money net = sum(slips, Payslip::net);
        check(found, month + " debits equal credits", debits, credits);
        check(found, month + " salaries equal gross pay", side(entry, Side.DEBIT, salaries.id()), gross);
        check(found, month + " contribution expense", side(entry, Side.DEBIT, contributions.id()), employer);
        check(found, month + " liabilities", side(entry, Side.CREDIT, liabilities.id()), deductions.plus(employer));
        check(found, month + " net pay payable", side(entry, Side.CREDIT, netPay.id()), net);
        check(found, month + " gross is net plus deductions", gross, net.plus(deductions));
        check(found, month + " run totals", run.totalGross(), gross);
        if (!gross.isPositive()) {
            found.add(month + ": nothing paid");
        }
        return found;
    }

    private static void check(List<String> found, String what, Money actual, Money expected) {
        if (!actual.equals(expected)) {
            found.add(what + ": " + actual + " instead of " + expected);
        }
    }

    private static Money side(JournalEntrySnapshot entry, Side side, AccountId account) {
        return entry.lines().stream()
                .filter(l -> l.side() == side && (account == null || l.account().equals(account)))
                .map(JournalEntrySnapshot.Line::amount)
                .reduce(Money.zero(EUR), Money::plus);
    }

    private static Money sum(List<Payslip> slips, Function<Payslip, Money> amount) {
        return slips.stream().map(amount).reduce(Money.zero(EUR), Money::plus);
    }

    private record Timed(PayrollRunSnapshot run, long nanos) {
    }
}
