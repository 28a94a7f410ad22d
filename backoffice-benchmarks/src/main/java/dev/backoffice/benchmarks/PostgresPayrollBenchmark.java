package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.ContractTerms;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.LeaveCategory;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.domain.WorkingDays;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.personnel.spi.PersonnelAdapters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * P8: one monthly payroll run ({@code Payroll.runPayroll}: read every employee, contract, approved
 * timesheet and unpaid leave of the month, compute gross and net pay and the flat-rate deductions,
 * store the draft run with a payslip and three components per employee) for {@code employees}
 * employees on PostgreSQL through {@code BackOffice} on the JPA adapter. Every tenth employee is paid
 * by the hour from approved weekly timesheets (the whole year recorded); every twentieth takes an
 * approved unpaid day each month. Each invocation runs the next month, so every run is a first run
 * of its period. The staff is stored through the ports at set-up (not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresPayrollBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String TENANT = "p8";
    private static final int YEAR = 2026;
    private static final int FIRST_YEAR_OF_RUNS = 2026;
    /** Employees stored per unit of work at set-up: adding one reads by number, which flushes what is pending. */
    private static final int STAFF_PER_UNIT_OF_WORK = 50;

    /** The number of employees paid by each run. */
    @Param("10000")
    public int employees;

    private EmbeddedLedgerDatabase database;
    private BackOffice backOffice;
    private final Actor clerk = Actor.of(TENANT, "payroll-clerk");
    private int runs;

    @Setup(Level.Trial)
    public void setUp() {
        database = new EmbeddedLedgerDatabase("p8");
        backOffice = BackOffice.builder(database.adapters())
                .payrollRules(new FlatRatePayrollRules(
                        List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20")),
                                new FlatRatePayrollRules.Rate("social_security", new BigDecimal("0.08"))),
                        List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12")))))
                .build();
        storeStaff(database.adapters().personnel().orElseThrow());
    }

    /** The staff, their contracts, a year of approved timesheets and of unpaid days, in small units of work. */
    private void storeStaff(PersonnelAdapters personnel) {
        TimeOrderedIds ids = new TimeOrderedIds();
        TenantId tenant = TenantId.of(TENANT);
        Instant now = Instant.parse("2025-12-01T09:00:00Z");
        LeaveType unpaid = LeaveType.define(LeaveTypeId.of(ids.newId()), tenant, "UNPAID", "Unpaid leave",
                LeaveCategory.UNPAID, false, null, true, now);
        database.adapters().unitOfWork().execute(() -> {
            personnel.leaveTypes().add(unpaid);
            return null;
        });
        LocalDate firstMonday = LocalDate.of(YEAR, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int from = 1; from <= employees; from += STAFF_PER_UNIT_OF_WORK) {
            int first = from;
            database.adapters().unitOfWork().execute(() -> {
                for (int i = first; i < first + STAFF_PER_UNIT_OF_WORK && i <= employees; i++) {
                    String number = String.format("E-%05d", i);
                    LocalDate hired = LocalDate.of(2024, 1 + i % 12, 1);
                    Employee employee = Employee.hire(EmployeeId.of(ids.newId()), tenant, number,
                            PersonName.of("Given", "Person " + number), ContactDetails.NONE, hired, null, null, now);
                    personnel.employeeRecords().add(employee);
                    boolean hourly = i % 10 == 0;
                    Pay pay = hourly
                            ? Pay.hourly(Money.of(new BigDecimal("18.00").add(BigDecimal.valueOf(i % 7)), EUR))
                            : Pay.monthly(Money.of(new BigDecimal("2000.00").add(new BigDecimal("13.37")
                                    .multiply(BigDecimal.valueOf(i % 97))), EUR));
                    personnel.employmentContracts().add(EmploymentContract.start(employee.id(), tenant, hired,
                            new ContractTerms(hourly ? ContractType.PART_TIME : ContractType.FULL_TIME,
                                    new BigDecimal(hourly ? "20" : "40"), pay, "CC-" + (i % 5)), "hr", now));
                    if (hourly) {
                        for (LocalDate monday = firstMonday; monday.getYear() == YEAR; monday = monday.plusWeeks(1)) {
                            Map<LocalDate, BigDecimal> hours = new HashMap<>();
                            for (int d = 0; d < 5; d++) {
                                hours.put(monday.plusDays(d), new BigDecimal("4.5"));
                            }
                            Timesheet sheet = Timesheet.open(TimesheetId.of(ids.newId()), tenant, employee.id(), monday, hours);
                            sheet.submit("hr");
                            sheet.approve("manager", now);
                            personnel.timesheetRecords().add(sheet);
                        }
                    }
                    if (i % 20 == 5) {
                        for (int month = 1; month <= 12; month++) {
                            LocalDate day = YearMonth.of(YEAR, month).atDay(10)
                                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
                            LeaveRequest request = LeaveRequest.request(LeaveRequestId.of(ids.newId()), tenant,
                                    employee.id(), unpaid.id(), day, day, false, false, WorkingDays.mondayToFriday(),
                                    "hr", now);
                            request.approve("manager", now, null);
                            personnel.leaveRequests().add(request);
                        }
                    }
                }
                return null;
            });
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
    }

    /** The library: the draft run of the next month, one unit of work. */
    @Benchmark
    public PayrollRunSnapshot runPayroll() {
        YearMonth month = YearMonth.of(FIRST_YEAR_OF_RUNS, 1).plusMonths(runs++);
        PayrollRunSnapshot run = backOffice.payroll().runPayroll(clerk, RunPayroll.of(month));
        if (run.payslips().size() != employees) {
            throw new IllegalStateException(month + ": " + run.payslips().size() + " payslips for " + employees
                    + " employees");
        }
        return run;
    }
}
