package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the organisation. Departments form a tree (a department without parent is a root);
 * the code is unique in the tenant; a department may have a manager, an employee of the tenant,
 * who heads the reporting line of the department's members.
 */
public final class Department {

    private final DepartmentId id;
    private final TenantId tenant;
    private final String code;
    private String name;
    private DepartmentId parentId;
    private EmployeeId managerId;
    private final Instant createdAt;
    private final long version;

    private Department(DepartmentId id, TenantId tenant, String code, String name, DepartmentId parentId,
                       EmployeeId managerId, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.parentId = parentId;
        this.managerId = managerId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new department under the parent (null for a root), without manager. */
    public static Department create(DepartmentId id, TenantId tenant, String code, String name, DepartmentId parent,
                                    Instant now) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_INVALID, "A department needs a code and a name.");
        }
        return new Department(id, tenant, code.strip(), name.strip(), parent, null, now, 0);
    }

    /** Rebuilds a stored department (for adapters). */
    public static Department restore(DepartmentId id, TenantId tenant, String code, String name, DepartmentId parentId,
                                     EmployeeId managerId, Instant createdAt, long version) {
        return new Department(id, tenant, code, name, parentId, managerId, createdAt, version);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName").strip();
    }

    /** Sets the manager (null: none). */
    public void appointManager(EmployeeId manager) {
        this.managerId = manager;
    }

    /**
     * Moves the department under another parent (null: makes it a root). The caller checks the
     * whole tree with {@link OrganisationChart#wouldMakeCycle}; this refuses the trivial cycle.
     */
    public void moveUnder(DepartmentId parent) {
        if (id.equals(parent)) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_CYCLE, "A department cannot be its own parent.");
        }
        this.parentId = parent;
    }

    public DepartmentId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<DepartmentId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public Optional<EmployeeId> managerId() {
        return Optional.ofNullable(managerId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
