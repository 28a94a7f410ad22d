package dev.backoffice.personnel.spi;

/**
 * The storage ports of the personnel context, from one adapter family sharing one unit of work
 * (the in-memory adapters, or a host's own). A host's {@code BackOfficeAdapters} hands them to
 * the personnel context in one piece.
 */
public interface PersonnelAdapters {

    /**
     * The employees.
     *
     * @return the employees
     */
    EmployeeRecords employeeRecords();

    /**
     * The departments.
     *
     * @return the departments
     */
    Departments departments();

    /**
     * The positions.
     *
     * @return the positions
     */
    Positions positions();

    /**
     * The employment contracts.
     *
     * @return the employment contracts
     */
    EmploymentContracts employmentContracts();

    /**
     * The leave types.
     *
     * @return the leave types
     */
    LeaveTypes leaveTypes();

    /**
     * The leave requests.
     *
     * @return the leave requests
     */
    LeaveRequests leaveRequests();

    /**
     * The timesheets.
     *
     * @return the timesheets
     */
    TimesheetRecords timesheetRecords();

    /**
     * The payroll runs.
     *
     * @return the payroll runs
     */
    PayrollRuns payrollRuns();

    /**
     * The tenants' payroll accounts.
     *
     * @return the tenants' payroll accounts
     */
    PayrollAccounts payrollAccounts();
}
