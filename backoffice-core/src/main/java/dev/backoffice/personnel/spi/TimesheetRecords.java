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

    /** Stores a new timesheet; a second one for the same employee and week must fail. */
    void add(Timesheet timesheet);

    /** Stores a changed timesheet; a stale version fails with {@link dev.backoffice.common.ConcurrentUpdateException}. */
    void update(Timesheet timesheet);

    Optional<Timesheet> find(TenantId tenant, TimesheetId id);

    Optional<Timesheet> findByWeek(TenantId tenant, EmployeeId employee, LocalDate weekStart);

    /** The employee's timesheets whose week has a day from {@code from} to {@code to}, by week. */
    List<Timesheet> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to);

    /**
     * The timesheets of every employee of the tenant whose week has a day from {@code from} to
     * {@code to}, each employee's by week (the order of the employees is left to the adapter): what
     * a payroll run of the period reads in one go.
     */
    List<Timesheet> findByPeriod(TenantId tenant, LocalDate from, LocalDate to);
}
