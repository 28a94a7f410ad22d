package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The leave requests of every tenant. Every method is scoped to one tenant. */
public interface LeaveRequests {

    /**
     * Stores a new leave request.
     *
     * @param request the new, pending request
     */
    void add(LeaveRequest request);

    /**
     * Stores a changed request; a stale version fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException}.
     *
     * @param request the request as changed, with the version it was read at
     */
    void update(LeaveRequest request);

    /**
     * The leave request with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the request's id
     * @return the request, or empty when the tenant has none with that id
     */
    Optional<LeaveRequest> find(TenantId tenant, LeaveRequestId id);

    /**
     * The employee's requests, whatever their status, with at least one day from {@code from} to
     * {@code to} (both inclusive), ordered by first day.
     *
     * @param tenant   the tenant the call is scoped to
     * @param employee the employee
     * @param from     the first day of the period, inclusive
     * @param to       the last day of the period, inclusive
     * @return the employee's requests that overlap the period
     */
    List<LeaveRequest> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to);

    /**
     * The requests of every employee of the tenant, whatever their status, with at least one day
     * from {@code from} to {@code to} (both inclusive), each employee's ordered by first day (the order
     * of the employees is left to the adapter): what a payroll run of the period reads in one go.
     *
     * @param tenant the tenant the call is scoped to
     * @param from   the first day of the period, inclusive
     * @param to     the last day of the period, inclusive
     * @return the tenant's requests that overlap the period
     */
    List<LeaveRequest> findByPeriod(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * Serializes, until the unit of work ends, every change to the employee's leave: two units of
     * work that each check a balance or an overlap and then add or approve a request for the same
     * employee must not both pass their checks on the same state. A database adapter locks a row
     * of the employee ({@code SELECT ... FOR UPDATE}); the in-memory store already runs one unit of
     * work at a time.
     *
     * @param tenant   the tenant the call is scoped to
     * @param employee the employee whose leave is about to be requested or decided
     */
    void lockEmployee(TenantId tenant, EmployeeId employee);
}
