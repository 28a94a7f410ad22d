package dev.backoffice.personnel.domain;

/** Where a timesheet stands. Payroll pays the hours of approved timesheets only. */
public enum TimesheetStatus {
    /** Hours are being recorded. */
    OPEN,
    /** Waiting for approval. */
    SUBMITTED,
    /** Approved; payroll pays its hours. */
    APPROVED
}
