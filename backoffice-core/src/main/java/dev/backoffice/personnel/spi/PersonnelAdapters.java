package dev.backoffice.personnel.spi;

/**
 * The storage ports of the personnel context, from one adapter family sharing one unit of work
 * (the in-memory adapters, or a host's own). A host's {@code BackOfficeAdapters} hands them to
 * the personnel context in one piece.
 */
public interface PersonnelAdapters {

    EmployeeRecords employeeRecords();

    Departments departments();

    Positions positions();

    EmploymentContracts employmentContracts();

    LeaveTypes leaveTypes();

    LeaveRequests leaveRequests();

    TimesheetRecords timesheetRecords();

    PayrollRuns payrollRuns();

    PayrollAccounts payrollAccounts();
}
