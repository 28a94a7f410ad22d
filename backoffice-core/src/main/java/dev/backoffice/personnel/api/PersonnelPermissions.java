package dev.backoffice.personnel.api;

/** The permission names the personnel context asks the {@link dev.backoffice.common.spi.AccessPolicy} for. */
public final class PersonnelPermissions {

    /** Hire employees, change their details and assignments, record terminations. */
    public static final String MANAGE_EMPLOYEES = "personnel.employee.manage";
    /** Read employee records and reporting lines. */
    public static final String READ_EMPLOYEES = "personnel.employee.read";
    /**
     * See employees' personal data (name, contact details). Without it, employee snapshots come
     * with {@code name} and {@code contact} left out (null).
     */
    public static final String READ_PERSONAL_DATA = "personnel.personal_data.read";
    /** Anonymize terminated employees after the retention period. */
    public static final String ANONYMIZE = "personnel.privacy.anonymize";
    /** Create and move departments, appoint their managers, create positions. */
    public static final String MANAGE_ORGANISATION = "personnel.organisation.manage";
    /** Start and change employment contracts (hours, pay, cost centre). */
    public static final String MANAGE_CONTRACTS = "personnel.contract.manage";
    /** Read employment contracts, pay included. */
    public static final String READ_CONTRACTS = "personnel.contract.read";

    /** Define leave types and their accrual plans. */
    public static final String MANAGE_LEAVE_TYPES = "personnel.leave_type.manage";
    /** Request leave for an employee and cancel leave requests. */
    public static final String REQUEST_LEAVE = "personnel.leave.request";
    /**
     * Approve or reject leave requests. The actor must also be the employee's manager (directly or
     * higher up the reporting line) or hold {@link #APPROVE_ANY_LEAVE}; never the requester.
     */
    public static final String DECIDE_LEAVE = "personnel.leave.decide";
    /** Decide on the leave of employees one does not manage (HR). */
    public static final String APPROVE_ANY_LEAVE = "personnel.leave.approve_any";
    /** Read leave types, requests and balances. */
    public static final String READ_LEAVE = "personnel.leave.read";

    /** Record and submit the hours of timesheets. */
    public static final String RECORD_TIME = "personnel.timesheet.record";
    /** Approve or reject submitted timesheets (never one's own). */
    public static final String APPROVE_TIME = "personnel.timesheet.approve";
    /** Read timesheets. */
    public static final String READ_TIME = "personnel.timesheet.read";

    /** Set the ledger accounts payroll posts to. */
    public static final String CONFIGURE_PAYROLL = "personnel.payroll.configure";
    /** Prepare a draft payroll run for a period. */
    public static final String PREPARE_PAYROLL = "personnel.payroll.prepare";
    /** Approve a draft payroll run (never one's own). */
    public static final String APPROVE_PAYROLL = "personnel.payroll.approve";
    /** Post an approved payroll run to the ledger (the ledger also asks for {@code ledger.entry.post}). */
    public static final String POST_PAYROLL = "personnel.payroll.post";
    /** Mark a posted payroll run paid. */
    public static final String PAY_PAYROLL = "personnel.payroll.pay";
    /** Reverse a posted payroll run (the ledger also asks for {@code ledger.entry.reverse}). */
    public static final String REVERSE_PAYROLL = "personnel.payroll.reverse";
    /** Read payroll runs and payslips. */
    public static final String READ_PAYROLL = "personnel.payroll.read";

    private PersonnelPermissions() {
    }
}
