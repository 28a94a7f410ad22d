package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;

import java.util.List;
import java.util.Optional;

/** The employee records of every tenant. Every method is scoped to one tenant. */
public interface EmployeeRecords {

    /**
     * Stores a new employee. A second employee with the same number in the tenant must fail
     * (code {@code personnel.employee.number_taken}), at commit at the latest.
     *
     * @param employee the newly hired employee
     */
    void add(Employee employee);

    /**
     * Stores a changed employee. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link Employee#version()}.
     *
     * @param employee the employee as changed, with the version it was read at
     */
    void update(Employee employee);

    /**
     * The employee with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the employee's id
     * @return the employee, or empty when the tenant has none with that id
     */
    Optional<Employee> find(TenantId tenant, EmployeeId id);

    /**
     * The employee with that personnel number in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param number the personnel number
     * @return the employee, or empty when no employee has that number
     */
    Optional<Employee> findByNumber(TenantId tenant, String number);

    /**
     * The employee linked to the host's user id, if any (the one with the lowest number if several are).
     *
     * @param tenant  the tenant the call is scoped to
     * @param actorId the id of the host's user linked to the employee
     * @return the employee, or empty when no employee is linked to that actor
     */
    Optional<Employee> findByActor(TenantId tenant, String actorId);

    /**
     * Every employee of the tenant, ordered by number.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's employees
     */
    List<Employee> findAll(TenantId tenant);

    /**
     * The employees assigned to the department, ordered by number.
     *
     * @param tenant     the tenant the call is scoped to
     * @param department the department
     * @return the employees assigned to it
     */
    List<Employee> findByDepartment(TenantId tenant, DepartmentId department);
}
