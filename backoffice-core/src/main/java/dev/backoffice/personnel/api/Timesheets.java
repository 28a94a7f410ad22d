package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.TimesheetId;

/**
 * Weekly timesheets of the actor's tenant: hours per day, submitted, and approved by someone other
 * than the submitter. Payroll pays hourly contracts for approved hours only.
 */
public interface Timesheets {

    /**
     * Records hours for a week. Refused with {@code personnel.timesheet.invalid_hours} for a week
     * not starting on a Monday, a day outside it or hours outside 0 to 24,
     * {@code personnel.timesheet.invalid_state} once submitted, and
     * {@code personnel.employee.not_employed} for days outside the employment.
     *
     * @param actor   who acts; needs {@code personnel.timesheet.record}
     * @param command the employee, week and hours
     * @return the open timesheet
     */
    TimesheetSnapshot recordHours(Actor actor, RecordHours command);

    /**
     * Submits an open timesheet for approval; {@code personnel.timesheet.invalid_state} unless open.
     *
     * @param actor     who acts; needs {@code personnel.timesheet.record}
     * @param timesheet the open timesheet
     * @return the submitted timesheet
     */
    TimesheetSnapshot submit(Actor actor, TimesheetId timesheet);

    /**
     * Approves a submitted timesheet; {@code personnel.timesheet.self_approval} for its submitter or the
     * employee.
     *
     * @param actor     who acts; needs {@code personnel.timesheet.approve}
     * @param timesheet the submitted timesheet
     * @return the approved timesheet
     */
    TimesheetSnapshot approve(Actor actor, TimesheetId timesheet);

    /**
     * Sends a submitted timesheet back to be corrected, with the same rules as {@link #approve}.
     *
     * @param actor     who acts; needs {@code personnel.timesheet.approve}
     * @param timesheet the submitted timesheet
     * @return the timesheet, open again
     */
    TimesheetSnapshot reject(Actor actor, TimesheetId timesheet);

    /**
     * The timesheet; {@code personnel.timesheet.not_found} when the tenant has none with that id.
     *
     * @param actor     who acts; needs {@code personnel.timesheet.read}
     * @param timesheet the timesheet's id
     * @return the timesheet
     */
    TimesheetSnapshot timesheet(Actor actor, TimesheetId timesheet);
}
