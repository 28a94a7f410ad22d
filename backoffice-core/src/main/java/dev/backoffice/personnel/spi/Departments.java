package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;

import java.util.List;
import java.util.Optional;

/** The department trees of every tenant. Every method is scoped to one tenant. */
public interface Departments {

    /** Stores a new department. A second department with the same code in the tenant must fail. */
    void add(Department department);

    /** Stores a changed department; a stale version fails with {@link dev.backoffice.common.ConcurrentUpdateException}. */
    void update(Department department);

    Optional<Department> find(TenantId tenant, DepartmentId id);

    Optional<Department> findByCode(TenantId tenant, String code);

    /** Every department of the tenant, ordered by code. */
    List<Department> findAll(TenantId tenant);

    /** The direct children of a department, ordered by code. */
    List<Department> findChildren(TenantId tenant, DepartmentId parent);
}
