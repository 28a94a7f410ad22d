package dev.backoffice.personnel.domain;

/** Where a timesheet stands. Payroll pays the hours of approved timesheets only. */
public enum TimesheetStatus {
    OPEN,
    SUBMITTED,
    APPROVED
}
