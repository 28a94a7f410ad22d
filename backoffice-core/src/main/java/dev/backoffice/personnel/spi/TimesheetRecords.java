package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The timesheets of every tenant, one per employee and week. Every method is scoped to one tenant. */
public interface TimesheetRecords {

    /**
     * Stores a new timesheet; a second one for the same employee and week must fail.
     *
     * @param timesheet the new timesheet
     */
    void add(Timesheet timesheet);

    /**
     * Stores a changed timesheet; a stale version fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException}.
     *
     * @param timesheet the timesheet as changed, with the version it was read at
     */
    void update(Timesheet timesheet);

    /**
     * The timesheet with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the timesheet's id
     * @return the timesheet, or empty when the tenant has none with that id
     */
    Optional<Timesheet> find(TenantId tenant, TimesheetId id);

    /**
     * The timesheet of an employee for one week.
     *
     * @param tenant    the tenant the call is scoped to
     * @param employee  the employee
     * @param weekStart the Monday the week starts on
     * @return the timesheet, or empty when none was recorded for that week
     */
    Optional<Timesheet> findByWeek(TenantId tenant, EmployeeId employee, LocalDate weekStart);

    /**
     * The employee's timesheets whose week has a day from {@code from} to {@code to}, by week.
     *
     * @param tenant   the tenant the call is scoped to
     * @param employee the employee
     * @param from     the first day of the period, inclusive
     * @param to       the last day of the period, inclusive
     * @return the employee's timesheets whose week overlaps the period
     */
    List<Timesheet> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to);

    /**
     * The timesheets of every employee of the tenant whose week has a day from {@code from} to
     * {@code to}, each employee's by week (the order of the employees is left to the adapter): what
     * a payroll run of the period reads in one go.
     *
     * @param tenant the tenant the call is scoped to
     * @param from   the first day of the period, inclusive
     * @param to     the last day of the period, inclusive
     * @return the tenant's timesheets whose week overlaps the period
     */
    List<Timesheet> findByPeriod(TenantId tenant, LocalDate from, LocalDate to);
}
