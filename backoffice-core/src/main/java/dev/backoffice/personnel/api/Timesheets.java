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
     */
    TimesheetSnapshot recordHours(Actor actor, RecordHours command);

    TimesheetSnapshot submit(Actor actor, TimesheetId timesheet);

    /** Approves a submitted timesheet; {@code personnel.timesheet.self_approval} for its submitter or the employee. */
    TimesheetSnapshot approve(Actor actor, TimesheetId timesheet);

    /** Sends a submitted timesheet back to be corrected, with the same rules as {@link #approve}. */
    TimesheetSnapshot reject(Actor actor, TimesheetId timesheet);

    /** The timesheet; {@code personnel.timesheet.not_found} when the tenant has none with that id. */
    TimesheetSnapshot timesheet(Actor actor, TimesheetId timesheet);
}
