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
     */
    void add(Employee employee);

    /**
     * Stores a changed employee. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link Employee#version()}.
     */
    void update(Employee employee);

    Optional<Employee> find(TenantId tenant, EmployeeId id);

    Optional<Employee> findByNumber(TenantId tenant, String number);

    /** The employee linked to the host's user id, if any (the one with the lowest number if several are). */
    Optional<Employee> findByActor(TenantId tenant, String actorId);

    /** Every employee of the tenant, ordered by number. */
    List<Employee> findAll(TenantId tenant);

    /** The employees assigned to the department, ordered by number. */
    List<Employee> findByDepartment(TenantId tenant, DepartmentId department);
}
