package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.personnel.api.AssignEmployee;
import dev.backoffice.personnel.api.ChangeContract;
import dev.backoffice.personnel.api.ChangeEmployeeDetails;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.CreatePosition;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.PositionSnapshot;
import dev.backoffice.personnel.api.RecordHours;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.ReversePayrollRun;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.api.TimesheetSnapshot;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveCategory;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PayBasis;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.TerminationReason;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.backoffice.reliability.BadInputCheck.printable;
import static dev.backoffice.reliability.BadInputCheck.repeat;

/**
 * R7 bad input in personnel: malformed employees, departments and positions, contracts, leave
 * types and requests, timesheets, payroll runs and payroll accounts are refused with a typed error
 * and their code, and nothing is stored: no employee, department, position, contract change, leave
 * type or request, hours, payroll run, posting, audit record or event.
 */
class BadInputPersonnelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).eventPublisher(events::addAll)
            .clock(Clock.fixed(Instant.parse("2026-06-20T09:00:00Z"), ZoneOffset.UTC))
            .payrollRules(new FlatRatePayrollRules(List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20"))),
                    List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12")))))
            .build();
    private final Actor alice = Actor.of("bad-input", "alice");
    private final Actor bob = Actor.of("bad-input", "bob");
    private final Actor mallory = Actor.of("bad-input-other", "mallory");
    private final BadInputCheck check = new BadInputCheck(events);

    private ConfigurePayrollAccounts payrollAccounts(Actor actor) {
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        return new ConfigurePayrollAccounts(open(actor, "6100", AccountType.EXPENSE), open(actor, "6200", AccountType.EXPENSE),
                open(actor, "2300", AccountType.LIABILITY), open(actor, "2400", AccountType.LIABILITY),
                open(actor, "1100", AccountType.ASSET));
    }

    private AccountId open(Actor actor, String code, AccountType type) {
        AccountSnapshot account = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, "Account " + code, type,
                java.util.Currency.getInstance("EUR")));
        return account.id();
    }

    @Test
    void malformedPersonnelCommandsAreRefusedWithACodeAndChangeNothing() {
        ConfigurePayrollAccounts accounts = payrollAccounts(alice);
        backOffice.payroll().configureAccounts(alice, accounts);
        ConfigurePayrollAccounts foreignAccounts = payrollAccounts(mallory);
        backOffice.payroll().configureAccounts(mallory, foreignAccounts);
        DepartmentSnapshot ops = backOffice.organisation().createDepartment(alice, CreateDepartment.root("OPS", "Operations"));
        DepartmentSnapshot floor = backOffice.organisation().createDepartment(alice, CreateDepartment.under(ops.id(), "FLOOR",
                "Shop floor"));
        PositionSnapshot clerk = backOffice.organisation().createPosition(alice, CreatePosition.of(ops.id(), "Clerk"));
        EmployeeSnapshot ada = backOffice.employees().hire(alice, HireEmployee.of("E-001", "Ada", "Lovelace",
                LocalDate.of(2025, 1, 1)).in(ops.id(), clerk.id()));
        EmployeeSnapshot cy = backOffice.employees().hire(alice, HireEmployee.of("E-002", "Cy", "Hourly",
                LocalDate.of(2025, 1, 1)));
        EmployeeSnapshot newcomer = backOffice.employees().hire(alice, HireEmployee.of("E-003", "New", "Comer",
                LocalDate.of(2026, 9, 1)));
        backOffice.employees().startContract(alice, StartContract.monthly(ada.id(), ada.hireDate(), ContractType.FULL_TIME,
                "40", eur("3000.00"), "CC-100"));
        backOffice.employees().startContract(alice, StartContract.hourly(cy.id(), cy.hireDate(), ContractType.PART_TIME,
                "20", eur("20.00"), "CC-200"));
        LeaveTypeSnapshot vacation = backOffice.leave().defineLeaveType(alice, DefineLeaveType.paidVacation("VAC", "25", "5"));
        LeaveRequestSnapshot pending = backOffice.leave().requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(),
                LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7)));
        TimesheetSnapshot week = backOffice.timesheets().recordHours(alice, RecordHours.of(cy.id(), MONDAY,
                Map.of(MONDAY, new BigDecimal("8"))));
        PayrollRunSnapshot may = backOffice.payroll().runPayroll(alice, RunPayroll.of(MAY));
        DepartmentSnapshot foreignDepartment = backOffice.organisation().createDepartment(mallory,
                CreateDepartment.root("OPS", "Operations"));
        PositionSnapshot foreignPosition = backOffice.organisation().createPosition(mallory,
                CreatePosition.of(foreignDepartment.id(), "Clerk"));
        EmployeeSnapshot foreignEmployee = backOffice.employees().hire(mallory, HireEmployee.of("E-001", "Eve", "Other",
                LocalDate.of(2025, 1, 1)));
        backOffice.employees().startContract(mallory, StartContract.monthly(foreignEmployee.id(), foreignEmployee.hireDate(),
                ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100"));
        LeaveTypeSnapshot foreignVacation = backOffice.leave().defineLeaveType(mallory, DefineLeaveType.paidVacation("VAC",
                "25", "5"));
        LeaveRequestSnapshot foreignRequest = backOffice.leave().requestLeave(mallory, RequestLeave.of(foreignEmployee.id(),
                foreignVacation.id(), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7)));
        TimesheetSnapshot foreignWeek = backOffice.timesheets().recordHours(mallory, RecordHours.of(foreignEmployee.id(), MONDAY,
                Map.of(MONDAY, new BigDecimal("8"))));
        PayrollRunSnapshot foreignRun = backOffice.payroll().runPayroll(mallory, RunPayroll.of(MAY));

        check.watch("audit trail", () -> backOffice.auditTrail().records(alice, AuditQuery.all()).size())
                .watch("another tenant's audit trail", () -> backOffice.auditTrail().records(mallory, AuditQuery.all()).size())
                .watch("trial balance", () -> backOffice.financialReports().trialBalance(alice))
                .watch("employees", () -> backOffice.employees().employees(alice))
                .watch("another tenant's employees", () -> backOffice.employees().employees(mallory))
                .watch("departments", () -> backOffice.organisation().departments(alice))
                .watch("another tenant's departments", () -> backOffice.organisation().departments(mallory))
                .watch("positions", () -> backOffice.organisation().positions(alice, ops.id()))
                .watch("contract", () -> backOffice.employees().contract(alice, ada.id()))
                .watch("hourly contract", () -> backOffice.employees().contract(alice, cy.id()))
                .watch("no contract", () -> backOffice.employees().contractOn(alice, newcomer.id(), LocalDate.of(2026, 12, 1)))
                .watch("leave types", () -> backOffice.leave().leaveTypes(alice))
                .watch("leave requests", () -> backOffice.leave().leaveRequests(alice, ada.id(), 2026))
                .watch("another tenant's leave requests", () -> backOffice.leave().leaveRequests(mallory, foreignEmployee.id(), 2026))
                .watch("leave balance", () -> backOffice.leave().balance(alice, ada.id(), vacation.id(), 2026))
                .watch("timesheet", () -> backOffice.timesheets().timesheet(alice, week.id()))
                .watch("another tenant's timesheet", () -> backOffice.timesheets().timesheet(mallory, foreignWeek.id()))
                .watch("payroll runs", () -> backOffice.payroll().payrollRuns(alice, MAY))
                .watch("payroll runs of June", () -> backOffice.payroll().payrollRuns(alice, YearMonth.of(2026, 6)))
                .watch("another tenant's payroll runs", () -> backOffice.payroll().payrollRuns(mallory, MAY));

        // ---- employees ----
        String[] badNumbers = {null, "", " ", repeat(33), "E\u0000", "E-\u001b1", "E-001"};
        for (String number : badNumbers) {
            check.refused("employee number " + printable(number), "E-001".equals(number) ? "personnel.employee.number_taken"
                    : "validation.failed", () -> backOffice.employees().hire(alice, HireEmployee.of(number, "Grace", "Hopper",
                    LocalDate.of(2026, 1, 1))));
        }
        String[] badNames = {null, "", "  ", repeat(101), "Grace\u0000", "Gr\u0007ace", "\u009bGrace"};
        for (String name : badNames) {
            check.refused("given name " + printable(name), "validation.failed", () -> backOffice.employees().hire(alice,
                    HireEmployee.of("E-100", name, "Hopper", LocalDate.of(2026, 1, 1))));
            check.refused("family name " + printable(name), "validation.failed", () -> backOffice.employees().hire(alice,
                    HireEmployee.of("E-100", "Grace", name, LocalDate.of(2026, 1, 1))));
        }
        String[] badEmails = {"not an email", "grace@", "@example.com", "grace@@example.com", repeat(250) + "@x.io",
                "grace\u0000@example.com", "grace@example.com'; DROP TABLE bo_employees;--"};
        for (String email : badEmails) {
            check.refused("email " + printable(email), "validation.failed", () -> backOffice.employees().hire(alice,
                    HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).withContact(email, null, null)));
        }
        check.refused("phone of 41 characters", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).withContact(null, repeat(41), null)));
        check.refused("phone with a control character", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).withContact(null, "+49\u0000", null)));
        check.refused("address of 501 characters", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).withContact(null, null, repeat(501))));
        check.refused("address with an escape sequence", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).withContact(null, null,
                        "Main St\u001b[2J")));
        for (LocalDate date : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 12, 31), LocalDate.of(10000, 1, 1)}) {
            check.refused("employee hired on " + date, "validation.failed", () -> backOffice.employees().hire(alice,
                    HireEmployee.of("E-100", "Grace", "Hopper", date)));
        }
        check.refused("employee without hire date", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", null)));
        check.refused("employee in another tenant's department", "personnel.department.not_found", () -> backOffice
                .employees().hire(alice, HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1))
                        .in(foreignDepartment.id(), null)));
        check.refused("employee in another tenant's position", "personnel.position.not_found", () -> backOffice
                .employees().hire(alice, HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1))
                        .in(ops.id(), foreignPosition.id())));
        check.refused("employee in a position of another department", "personnel.position.department_mismatch",
                () -> backOffice.employees().hire(alice, HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1))
                        .in(floor.id(), clerk.id())));
        check.refused("employee acting as a blank actor", "validation.failed", () -> backOffice.employees().hire(alice,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1)).actingAs("")));
        check.refused("employee hired by a null actor", "validation.failed", () -> backOffice.employees().hire(null,
                HireEmployee.of("E-100", "Grace", "Hopper", LocalDate.of(2026, 1, 1))));
        check.refused("a null hire", "validation.failed", () -> backOffice.employees().hire(alice, null));
        check.refused("renaming another tenant's employee", "personnel.employee.not_found", () -> backOffice.employees()
                .changeDetails(alice, new ChangeEmployeeDetails(foreignEmployee.id(), "Eve", "Mine", null, null, null)));
        check.refused("renaming to a blank name", "validation.failed", () -> backOffice.employees().changeDetails(alice,
                new ChangeEmployeeDetails(ada.id(), " ", "Lovelace", null, null, null)));
        check.refused("assigning to another tenant's department", "personnel.department.not_found", () -> backOffice
                .employees().assign(alice, new AssignEmployee(ada.id(), foreignDepartment.id(), null)));
        check.refused("assigning an unknown employee", "personnel.employee.not_found", () -> backOffice.employees()
                .assign(alice, new AssignEmployee(EmployeeId.of(UUID.randomUUID()), ops.id(), null)));
        check.refused("terminating before the hire date", "personnel.employee.invalid", () -> backOffice.employees()
                .terminate(alice, new TerminateEmployee(ada.id(), LocalDate.of(2024, 12, 31), TerminationReason.RESIGNATION)));
        check.refused("terminating without a reason", "validation.failed", () -> backOffice.employees().terminate(alice,
                new TerminateEmployee(ada.id(), LocalDate.of(2026, 12, 31), null)));
        check.refused("terminating without a last day", "validation.failed", () -> backOffice.employees().terminate(alice,
                new TerminateEmployee(ada.id(), null, TerminationReason.RESIGNATION)));
        check.refused("terminating another tenant's employee", "personnel.employee.not_found", () -> backOffice.employees()
                .terminate(alice, new TerminateEmployee(foreignEmployee.id(), LocalDate.of(2026, 12, 31),
                        TerminationReason.DISMISSAL)));
        check.refused("anonymizing an employee still employed", "personnel.employee.not_employed", () -> backOffice
                .employees().anonymize(alice, ada.id()));

        // ---- contracts ----
        String[] badHours = {"0", "-1", "168.01", "1000", "40.001"};
        for (String hours : badHours) {
            check.refused("weekly hours " + hours, "validation.failed", () -> backOffice.employees().changeContract(alice,
                    new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME, new BigDecimal(hours),
                            PayBasis.MONTHLY_SALARY, eur("3100.00"), "CC-100", null)));
        }
        String[][] badPay = {{"0.00", "personnel.contract.invalid"}, {"-3000.00", "personnel.contract.invalid"},
                {"3000.001", "money.too_precise"}};
        for (String[] pay : badPay) {
            check.refused("pay " + pay[0], pay[1], () -> backOffice.employees().changeContract(alice,
                    new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME, new BigDecimal("40"),
                            PayBasis.MONTHLY_SALARY, eur(pay[0]), "CC-100", null)));
        }
        check.refused("pay in dollars", "personnel.contract.invalid", () -> backOffice.employees().changeContract(alice,
                new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME, new BigDecimal("40"),
                        PayBasis.MONTHLY_SALARY, Money.of("3000.00", "USD"), "CC-100", null)));
        String[] badCostCentres = {null, "", " ", repeat(33), "CC\u0000"};
        for (String costCentre : badCostCentres) {
            check.refused("cost centre " + printable(costCentre), "validation.failed", () -> backOffice.employees()
                    .changeContract(alice, new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME,
                            new BigDecimal("40"), PayBasis.MONTHLY_SALARY, eur("3100.00"), costCentre, null)));
        }
        check.refused("contract change before the latest version", "personnel.contract.change_not_after_latest",
                () -> backOffice.employees().changeContract(alice, new ChangeContract(ada.id(), LocalDate.of(2024, 1, 1),
                        ContractType.FULL_TIME, new BigDecimal("40"), PayBasis.MONTHLY_SALARY, eur("3100.00"), "CC-100", null)));
        check.refused("contract change without type", "validation.failed", () -> backOffice.employees().changeContract(alice,
                new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), null, new BigDecimal("40"), PayBasis.MONTHLY_SALARY,
                        eur("3100.00"), "CC-100", null)));
        check.refused("contract change without pay basis", "validation.failed", () -> backOffice.employees().changeContract(
                alice, new ChangeContract(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME, new BigDecimal("40"),
                        null, eur("3100.00"), "CC-100", null)));
        check.refused("second contract", "personnel.contract.already_exists", () -> backOffice.employees().startContract(alice,
                StartContract.monthly(ada.id(), LocalDate.of(2026, 8, 1), ContractType.FULL_TIME, "40", eur("3000.00"),
                        "CC-100")));
        check.refused("contract of another tenant's employee", "personnel.employee.not_found", () -> backOffice.employees()
                .startContract(alice, StartContract.monthly(foreignEmployee.id(), LocalDate.of(2026, 8, 1),
                        ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100")));
        check.refused("contract starting before the hire date", "personnel.contract.invalid", () -> backOffice.employees()
                .startContract(alice, StartContract.monthly(newcomer.id(), LocalDate.of(2020, 1, 1),
                        ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100")));

        // ---- departments and positions ----
        String[] badCodes = {null, "", " ", "ops floor", "'; DROP TABLE bo_departments;--", repeat(33), "o\u0000",
                "-lead", "OPS"};
        for (String code : badCodes) {
            check.refused("department code " + printable(code), "OPS".equals(code) ? "personnel.department.code_taken"
                    : "validation.failed", () -> backOffice.organisation().createDepartment(alice,
                    CreateDepartment.root(code, "Name")));
        }
        String[] badDepartmentNames = {null, " ", repeat(201), "Name\u0000"};
        for (String name : badDepartmentNames) {
            check.refused("department name " + printable(name), "validation.failed", () -> backOffice.organisation()
                    .createDepartment(alice, CreateDepartment.root("NEW", name)));
        }
        check.refused("department under another tenant's department", "personnel.department.not_found", () -> backOffice
                .organisation().createDepartment(alice, CreateDepartment.under(foreignDepartment.id(), "NEW", "New")));
        check.refused("department moved under itself", "personnel.department.cycle", () -> backOffice.organisation()
                .moveDepartment(alice, ops.id(), ops.id()));
        check.refused("department moved under its child", "personnel.department.cycle", () -> backOffice.organisation()
                .moveDepartment(alice, ops.id(), floor.id()));
        check.refused("department moved under another tenant's", "personnel.department.not_found", () -> backOffice
                .organisation().moveDepartment(alice, floor.id(), foreignDepartment.id()));
        check.refused("another tenant's employee appointed manager", "personnel.employee.not_found", () -> backOffice
                .organisation().appointManager(alice, ops.id(), foreignEmployee.id()));
        check.refused("manager of an unknown department", "personnel.department.not_found", () -> backOffice.organisation()
                .appointManager(alice, DepartmentId.of(UUID.randomUUID()), ada.id()));
        String[] badTitles = {null, "", repeat(201), "Clerk\u0000"};
        for (String title : badTitles) {
            check.refused("position title " + printable(title), "validation.failed", () -> backOffice.organisation()
                    .createPosition(alice, CreatePosition.of(ops.id(), title)));
        }
        check.refused("position in another tenant's department", "personnel.department.not_found", () -> backOffice
                .organisation().createPosition(alice, CreatePosition.of(foreignDepartment.id(), "Clerk")));
        check.refused("position without department", "validation.failed", () -> backOffice.organisation().createPosition(alice,
                CreatePosition.of(null, "Clerk")));

        // ---- leave types and requests ----
        String[][] badDays = {{"-1", "validation.failed"}, {"367", "validation.failed"}, {"25.25", "validation.failed"},
                {"25.3", "personnel.leave_type.invalid"}};
        for (String[] days : badDays) {
            check.refused("leave days per year " + days[0], days[1], () -> backOffice.leave().defineLeaveType(alice,
                    DefineLeaveType.paidVacation("VAC2", days[0], "0")));
        }
        check.refused("negative carry-over cap", "validation.failed", () -> backOffice.leave().defineLeaveType(alice,
                DefineLeaveType.paidVacation("VAC2", "25", "-5")));
        check.refused("paid unpaid leave", "personnel.leave_type.invalid", () -> backOffice.leave().defineLeaveType(alice,
                new DefineLeaveType("UNPAID", "Unpaid", LeaveCategory.UNPAID, true, null, null, false, null)));
        check.refused("leave type without category", "validation.failed", () -> backOffice.leave().defineLeaveType(alice,
                new DefineLeaveType("ODD", "Odd", null, true, null, null, false, null)));
        String[] badLeaveCodes = {"", "va cation", "v\u0000", repeat(33), "1=1;--", "VAC"};
        for (String code : badLeaveCodes) {
            check.refused("leave type code " + printable(code), "VAC".equals(code) ? "personnel.leave_type.code_taken"
                    : "validation.failed", () -> backOffice.leave().defineLeaveType(alice, DefineLeaveType.sick(code)));
        }
        check.refused("leave ending before it starts", "personnel.leave.invalid_period", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 8, 10),
                        LocalDate.of(2026, 8, 3))));
        check.refused("leave over a weekend only", "personnel.leave.invalid_period", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 8, 8),
                        LocalDate.of(2026, 8, 9))));
        check.refused("leave spanning two new years", "personnel.leave.invalid_period", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 12, 28),
                        LocalDate.of(2028, 1, 4))));
        check.refused("leave of one day starting in the afternoon and ending at noon", "personnel.leave.invalid_period",
                () -> backOffice.leave().requestLeave(alice, new RequestLeave(ada.id(), vacation.id(),
                        LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 10), true, true, null)));
        check.refused("leave beyond the balance", "personnel.leave.insufficient_balance", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 10, 30))));
        check.refused("leave overlapping a request", "personnel.leave.overlaps", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 7, 7),
                        LocalDate.of(2026, 7, 8))));
        check.refused("leave of another tenant's type", "personnel.leave_type.not_found", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), foreignVacation.id(), LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 8, 4))));
        check.refused("leave of an unknown type", "personnel.leave_type.not_found", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), LeaveTypeId.of(UUID.randomUUID()), LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 8, 4))));
        check.refused("leave for another tenant's employee", "personnel.employee.not_found", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(foreignEmployee.id(), vacation.id(), LocalDate.of(2026, 8, 3),
                        LocalDate.of(2026, 8, 4))));
        check.refused("leave before the hire", "personnel.employee.not_employed", () -> backOffice.leave()
                .requestLeave(alice, RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2024, 8, 5),
                        LocalDate.of(2024, 8, 6))));
        check.refused("leave until the end of time", "validation.failed", () -> backOffice.leave().requestLeave(alice,
                RequestLeave.of(ada.id(), vacation.id(), LocalDate.of(2026, 8, 3), LocalDate.MAX)));
        check.refused("leave without dates", "validation.failed", () -> backOffice.leave().requestLeave(alice,
                RequestLeave.of(ada.id(), vacation.id(), null, null)));
        check.refused("leave approved by its requester", "personnel.leave.self_approval", () -> backOffice.leave()
                .approve(alice, pending.id(), null));
        check.refused("leave approved with a note holding a NUL", "validation.failed", () -> backOffice.leave()
                .approve(bob, pending.id(), "ok\u0000"));
        check.refused("leave rejected with an oversized reason", "validation.failed", () -> backOffice.leave()
                .reject(bob, pending.id(), repeat(501)));
        check.refused("another tenant's leave approved", "personnel.leave.not_found", () -> backOffice.leave()
                .approve(bob, foreignRequest.id(), null));
        check.refused("an unknown leave cancelled", "personnel.leave.not_found", () -> backOffice.leave()
                .cancel(alice, LeaveRequestId.of(UUID.randomUUID())));

        // ---- timesheets ----
        check.refused("a week starting on a Tuesday", "personnel.timesheet.invalid_hours", () -> backOffice.timesheets()
                .recordHours(alice, RecordHours.of(ada.id(), MONDAY.plusDays(8), Map.of(MONDAY.plusDays(8), BigDecimal.ONE))));
        String[] badHourValues = {"-1", "24.01", "25", "7.555"};
        for (String hours : badHourValues) {
            check.refused("hours " + hours, "validation.failed", () -> backOffice.timesheets().recordHours(alice,
                    RecordHours.of(ada.id(), MONDAY.plusWeeks(1), Map.of(MONDAY.plusWeeks(1), new BigDecimal(hours)))));
        }
        check.refused("hours outside the week", "personnel.timesheet.invalid_hours", () -> backOffice.timesheets()
                .recordHours(alice, RecordHours.of(ada.id(), MONDAY.plusWeeks(1), Map.of(MONDAY, BigDecimal.ONE))));
        check.refused("no hours", "validation.failed", () -> backOffice.timesheets().recordHours(alice,
                RecordHours.of(ada.id(), MONDAY.plusWeeks(1), Map.of())));
        Map<LocalDate, BigDecimal> nullHours = new HashMap<>();
        nullHours.put(MONDAY.plusWeeks(1), null);
        check.refused("null hours", "validation.failed", () -> backOffice.timesheets().recordHours(alice,
                RecordHours.of(ada.id(), MONDAY.plusWeeks(1), nullHours)));
        check.refused("hours of another tenant's employee", "personnel.employee.not_found", () -> backOffice.timesheets()
                .recordHours(alice, RecordHours.of(foreignEmployee.id(), MONDAY.plusWeeks(1),
                        Map.of(MONDAY.plusWeeks(1), BigDecimal.ONE))));
        check.refused("hours before the hire", "personnel.employee.not_employed", () -> backOffice.timesheets()
                .recordHours(alice, RecordHours.of(ada.id(), LocalDate.of(2024, 6, 3), Map.of(LocalDate.of(2024, 6, 3),
                        BigDecimal.ONE))));
        check.refused("approving an open timesheet", "personnel.timesheet.invalid_state", () -> backOffice.timesheets()
                .approve(bob, week.id()));
        check.refused("submitting another tenant's timesheet", "personnel.timesheet.not_found", () -> backOffice
                .timesheets().submit(alice, foreignWeek.id()));
        check.refused("submitting an unknown timesheet", "personnel.timesheet.not_found", () -> backOffice.timesheets()
                .submit(alice, TimesheetId.of(UUID.randomUUID())));

        // ---- payroll ----
        check.refused("payroll without period", "validation.failed", () -> backOffice.payroll().runPayroll(alice,
                RunPayroll.of(null)));
        check.refused("payroll of the year 10000", "validation.failed", () -> backOffice.payroll().runPayroll(alice,
                RunPayroll.of(YearMonth.of(10000, 1))));
        check.refused("payroll of the year 0", "validation.failed", () -> backOffice.payroll().runPayroll(alice,
                RunPayroll.of(YearMonth.of(0, 12))));
        check.refused("payroll of a period already run", "personnel.payroll.period_already_run", () -> backOffice.payroll()
                .runPayroll(alice, RunPayroll.of(MAY)));
        check.refused("payroll with a blank idempotency key", "validation.failed", () -> backOffice.payroll()
                .runPayroll(alice, new RunPayroll(YearMonth.of(2026, 6), "")));
        check.refused("payroll approved by its preparer", "personnel.payroll.self_approval", () -> backOffice.payroll()
                .approve(alice, may.id()));
        check.refused("payroll posted before approval", "personnel.payroll.invalid_state", () -> backOffice.payroll()
                .post(bob, may.id()));
        check.refused("payroll paid before posting", "personnel.payroll.invalid_state", () -> backOffice.payroll()
                .markPaid(bob, may.id(), LocalDate.of(2026, 6, 1)));
        check.refused("payroll reversed before posting", "personnel.payroll.invalid_state", () -> backOffice.payroll()
                .reverse(bob, ReversePayrollRun.of(may.id(), LocalDate.of(2026, 6, 1), "wrong")));
        check.refused("payroll reversed with a reason holding a NUL", "validation.failed", () -> backOffice.payroll()
                .reverse(bob, ReversePayrollRun.of(may.id(), LocalDate.of(2026, 6, 1), "wrong\u0000")));
        check.refused("payroll reversed without a date", "validation.failed", () -> backOffice.payroll()
                .reverse(bob, ReversePayrollRun.of(may.id(), null, "wrong")));
        check.refused("another tenant's payroll approved", "personnel.payroll.run_not_found", () -> backOffice.payroll()
                .approve(bob, foreignRun.id()));
        check.refused("an unknown payroll approved", "personnel.payroll.run_not_found", () -> backOffice.payroll()
                .approve(bob, PayrollRunId.of(UUID.randomUUID())));
        check.refused("payroll accounts of another tenant", "ledger.account.not_found", () -> backOffice.payroll()
                .configureAccounts(alice, foreignAccounts));
        check.refused("payroll accounts with an unknown account", "ledger.account.not_found", () -> backOffice.payroll()
                .configureAccounts(alice, new ConfigurePayrollAccounts(AccountId.of(UUID.randomUUID()),
                        accounts.employerContributionExpense(), accounts.payrollLiabilities(), accounts.netPayPayable())));
        check.refused("payroll accounts without salaries", "validation.failed", () -> backOffice.payroll()
                .configureAccounts(alice, new ConfigurePayrollAccounts(null, accounts.employerContributionExpense(),
                        accounts.payrollLiabilities(), accounts.netPayPayable())));

        check.report("R7", "bad-input-personnel", 140);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
