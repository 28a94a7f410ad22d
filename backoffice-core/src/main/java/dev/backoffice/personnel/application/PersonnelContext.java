package dev.backoffice.personnel.application;

import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.Leave;
import dev.backoffice.personnel.api.Organisation;
import dev.backoffice.personnel.api.Payroll;
import dev.backoffice.personnel.api.Timesheets;
import dev.backoffice.personnel.spi.HolidayCalendar;
import dev.backoffice.personnel.spi.PayrollRules;
import dev.backoffice.personnel.spi.PersonnelAdapters;

import java.time.Period;
import java.util.Objects;

/** Wires the personnel context: its api services over its spi adapters. */
public final class PersonnelContext {

    private final Employees employees;
    private final Organisation organisation;
    private final Leave leave;
    private final Timesheets timesheets;
    private final Payroll payroll;

    /**
     * @param ports           the personnel storage ports, sharing the unit of work of {@code useCases}
     * @param ledger          the accounts context's ledger, which payroll posts through in the same unit of work
     * @param chartOfAccounts the accounts context's chart, where payroll's configured accounts must exist
     * @param holidayCalendar weekends and holidays ({@link HolidayCalendar#weekendsOnly()} by default)
     * @param payrollRules    deductions and employer contributions ({@code FlatRatePayrollRules})
     * @param useCases runs each call as one audited, access-checked unit of work
     */
    public PersonnelContext(UseCases useCases, PersonnelAdapters ports, Ledger ledger, ChartOfAccounts chartOfAccounts,
                            HolidayCalendar holidayCalendar, PayrollRules payrollRules) {
        this(useCases, ports, ledger, chartOfAccounts, holidayCalendar, payrollRules, DEFAULT_RETENTION);
    }

    /** How long personal data of a terminated employee is kept after the last day, unless told otherwise. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(10);

    /**
     * @param retention how long after the last day a terminated employee's personal data is kept
     *                  before it may be anonymized
     * @param useCases        runs each call as one audited, access-checked unit of work
     * @param ports           the personnel storage ports, sharing the unit of work of {@code useCases}
     * @param ledger          the accounts context's ledger, which payroll posts through in the same unit of
     *                        work
     * @param chartOfAccounts the accounts context's chart, where payroll's configured accounts must exist
     * @param holidayCalendar weekends and holidays
     * @param payrollRules    deductions and employer contributions
     */
    public PersonnelContext(UseCases useCases, PersonnelAdapters ports, Ledger ledger, ChartOfAccounts chartOfAccounts,
                            HolidayCalendar holidayCalendar, PayrollRules payrollRules, Period retention) {
        Objects.requireNonNull(chartOfAccounts, "chartOfAccounts");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(holidayCalendar, "holidayCalendar");
        Objects.requireNonNull(payrollRules, "payrollRules");
        Records records = new Records(ports.employeeRecords(), ports.departments(), ports.positions(),
                ports.employmentContracts(), new PersonalDataAccess(useCases));
        this.employees = new EmployeesService(useCases, records, retention);
        this.organisation = new OrganisationService(useCases, records);
        this.leave = new LeaveService(useCases, records, ports.leaveTypes(), ports.leaveRequests(), holidayCalendar);
        this.timesheets = new TimesheetsService(useCases, records, ports.timesheetRecords());
        this.payroll = new PayrollService(useCases, records, ports.leaveTypes(), ports.leaveRequests(),
                ports.timesheetRecords(), ports.payrollRuns(), ports.payrollAccounts(), ledger, chartOfAccounts,
                holidayCalendar, payrollRules);
    }

    /**
     * Employees: hire, keep records, terminate.
     *
     * @return the employee use cases
     */
    public Employees employees() {
        return employees;
    }

    /**
     * Departments, managers, positions and reporting lines.
     *
     * @return the organisation use cases
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * Leave types, requests, approvals and balances.
     *
     * @return the leave use cases
     */
    public Leave leave() {
        return leave;
    }

    /**
     * Weekly timesheets: hours recorded, submitted, approved.
     *
     * @return the timesheet use cases
     */
    public Timesheets timesheets() {
        return timesheets;
    }

    /**
     * Monthly payroll runs, payslips and their posting to the ledger.
     *
     * @return the payroll use cases
     */
    public Payroll payroll() {
        return payroll;
    }
}
