package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;

import java.util.List;
import java.util.Optional;

/** The department trees of every tenant. Every method is scoped to one tenant. */
public interface Departments {

    /**
     * Stores a new department. A second department with the same code in the tenant must fail.
     *
     * @param department the new department
     */
    void add(Department department);

    /**
     * Stores a changed department; a stale version fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException}.
     *
     * @param department the department as changed, with the version it was read at
     */
    void update(Department department);

    /**
     * The department with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the department's id
     * @return the department, or empty when the tenant has none with that id
     */
    Optional<Department> find(TenantId tenant, DepartmentId id);

    /**
     * The department with that code in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param code   the department's code
     * @return the department, or empty when no department has that code
     */
    Optional<Department> findByCode(TenantId tenant, String code);

    /**
     * Every department of the tenant, ordered by code.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's departments
     */
    List<Department> findAll(TenantId tenant);

    /**
     * The direct children of a department, ordered by code.
     *
     * @param tenant the tenant the call is scoped to
     * @param parent the parent department
     * @return the departments directly under it
     */
    List<Department> findChildren(TenantId tenant, DepartmentId parent);
}
