package dev.backoffice.personnel.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the personnel context. Published codes never change. */
public enum PersonnelError implements ErrorCode {
    /** No employee with that id in the actor's tenant. */
    EMPLOYEE_NOT_FOUND("personnel.employee.not_found"),
    /** The employee number is already used in the tenant. */
    EMPLOYEE_NUMBER_TAKEN("personnel.employee.number_taken"),
    /** A field of the employee breaks a rule (blank name, termination before hire...). */
    EMPLOYEE_INVALID("personnel.employee.invalid"),
    /** The employee's termination is already recorded. */
    EMPLOYEE_ALREADY_TERMINATED("personnel.employee.already_terminated"),
    /** The employee is not employed on the date the request is about. */
    EMPLOYEE_NOT_EMPLOYED("personnel.employee.not_employed"),
    /** The employee is anonymized: its personal data can no longer be changed. */
    EMPLOYEE_ANONYMIZED("personnel.employee.anonymized"),
    /** No department with that id in the actor's tenant. */
    DEPARTMENT_NOT_FOUND("personnel.department.not_found"),
    /** The department code is already used in the tenant. */
    DEPARTMENT_CODE_TAKEN("personnel.department.code_taken"),
    /** Moving the department under the parent would make a cycle in the tree. */
    DEPARTMENT_CYCLE("personnel.department.cycle"),
    /** A field of the department or position breaks a rule (blank code or name). */
    DEPARTMENT_INVALID("personnel.department.invalid"),
    /** No position with that id in the actor's tenant. */
    POSITION_NOT_FOUND("personnel.position.not_found"),
    /** The position belongs to another department than the one the employee is assigned to. */
    POSITION_DEPARTMENT_MISMATCH("personnel.position.department_mismatch"),
    /** The employee has no contract. */
    CONTRACT_NOT_FOUND("personnel.contract.not_found"),
    /** The employee already has a contract: change it instead. */
    CONTRACT_ALREADY_EXISTS("personnel.contract.already_exists"),
    /** A contract change must take effect after the start of the latest version. */
    CONTRACT_CHANGE_NOT_AFTER_LATEST("personnel.contract.change_not_after_latest"),
    /** The contract's terms break a rule (hours, pay, currency, dates). */
    CONTRACT_INVALID("personnel.contract.invalid"),
    /** No leave type with that id in the tenant. */
    LEAVE_TYPE_NOT_FOUND("personnel.leave_type.not_found"),
    /** The leave type code is already used in the tenant. */
    LEAVE_TYPE_CODE_TAKEN("personnel.leave_type.code_taken"),
    /** The accrual plan or leave type breaks a rule. */
    LEAVE_TYPE_INVALID("personnel.leave_type.invalid"),
    /** No leave request with that id in the tenant. */
    LEAVE_NOT_FOUND("personnel.leave.not_found"),
    /** The leave request overlaps another pending or approved request of the employee. */
    LEAVE_OVERLAPS("personnel.leave.overlaps"),
    /** The request asks for more days than the balance holds and the type does not allow it. */
    LEAVE_INSUFFICIENT_BALANCE("personnel.leave.insufficient_balance"),
    /** The requester of a leave cannot approve or reject it. */
    LEAVE_SELF_APPROVAL("personnel.leave.self_approval"),
    /** The actor is neither the employee's manager nor an approver the access policy allows. */
    LEAVE_NOT_APPROVER("personnel.leave.not_approver"),
    /** The request's dates or half days are not valid, or it covers no working day. */
    LEAVE_INVALID_PERIOD("personnel.leave.invalid_period"),
    /** The request is not in a state that allows the action (approving a cancelled request...). */
    LEAVE_INVALID_STATE("personnel.leave.invalid_state"),
    /** No timesheet with that id in the tenant. */
    TIMESHEET_NOT_FOUND("personnel.timesheet.not_found"),
    /** The employee already has a timesheet for that week. */
    TIMESHEET_ALREADY_EXISTS("personnel.timesheet.already_exists"),
    /** The timesheet is not in a state that allows the action (editing a submitted sheet...). */
    TIMESHEET_INVALID_STATE("personnel.timesheet.invalid_state"),
    /** Hours outside 0 to 24 a day, or a day outside the timesheet's week. */
    TIMESHEET_INVALID_HOURS("personnel.timesheet.invalid_hours"),
    /** The submitter of a timesheet cannot approve it. */
    TIMESHEET_SELF_APPROVAL("personnel.timesheet.self_approval"),
    /** No payroll run with that id in the tenant. */
    PAYROLL_RUN_NOT_FOUND("personnel.payroll.run_not_found"),
    /** A payroll run for the period exists already; correct it with a reversing run. */
    PAYROLL_PERIOD_ALREADY_RUN("personnel.payroll.period_already_run"),
    /** The run is not in a state that allows the action (posting a draft, approving twice...), pays nobody, or someone's deductions exceed the gross pay. */
    PAYROLL_INVALID_STATE("personnel.payroll.invalid_state"),
    /** The preparer of a payroll run cannot approve it. */
    PAYROLL_SELF_APPROVAL("personnel.payroll.self_approval"),
    /** The tenant has not configured its payroll accounts. */
    PAYROLL_ACCOUNTS_NOT_SET("personnel.payroll.accounts_not_set"),
    /** The employees of a run are paid in several currencies. */
    PAYROLL_CURRENCY_MISMATCH("personnel.payroll.currency_mismatch"),
    /** The run was already reversed. */
    PAYROLL_ALREADY_REVERSED("personnel.payroll.already_reversed"),
    /** The retention period of the terminated employee has not passed yet. */
    RETENTION_NOT_OVER("personnel.privacy.retention_not_over"),
    /** Dates given in the wrong order. */
    INVALID_DATE_RANGE("personnel.invalid_date_range");

    private final String code;

    PersonnelError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
