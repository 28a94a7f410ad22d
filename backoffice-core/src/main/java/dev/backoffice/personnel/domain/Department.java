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

    /**
     * A new department under the parent (null for a root), without manager.
     *
     * @param id     its id
     * @param tenant the tenant it belongs to
     * @param code   unique in the tenant
     * @param name   the name people see
     * @param parent the parent department, or null
     * @param now    the time of the change, from the injected clock
     * @return the new department
     */
    public static Department create(DepartmentId id, TenantId tenant, String code, String name, DepartmentId parent,
                                    Instant now) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_INVALID, "A department needs a code and a name.");
        }
        return new Department(id, tenant, code.strip(), name.strip(), parent, null, now, 0);
    }

    /**
     * Rebuilds a stored department (for adapters).
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param code      its code
     * @param name      its name
     * @param parentId  the parent, or null
     * @param managerId the manager, or null
     * @param createdAt when it was created
     * @param version   the stored version it was read at
     * @return the department as stored
     */
    public static Department restore(DepartmentId id, TenantId tenant, String code, String name, DepartmentId parentId,
                                     EmployeeId managerId, Instant createdAt, long version) {
        return new Department(id, tenant, code, name, parentId, managerId, createdAt, version);
    }

    /**
     * Gives the department another name.
     *
     * @param newName the new name, not blank
     */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName").strip();
    }

    /**
     * Sets the manager (null: none).
     *
     * @param manager the manager, or null
     */
    public void appointManager(EmployeeId manager) {
        this.managerId = manager;
    }

    /**
     * Moves the department under another parent (null: makes it a root). The caller checks the
     * whole tree with {@link OrganisationChart#wouldMakeCycle}; this refuses the trivial cycle.
     *
     * @param parent the new parent, or null
     */
    public void moveUnder(DepartmentId parent) {
        if (id.equals(parent)) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_CYCLE, "A department cannot be its own parent.");
        }
        this.parentId = parent;
    }

    /**
     * The department's id.
     *
     * @return the department's id
     */
    public DepartmentId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Its code, unique in the tenant.
     *
     * @return its code, unique in the tenant
     */
    public String code() {
        return code;
    }

    /**
     * The name people see.
     *
     * @return the name people see
     */
    public String name() {
        return name;
    }

    /**
     * The parent, or empty for a root.
     *
     * @return the parent, or empty for a root
     */
    public Optional<DepartmentId> parentId() {
        return Optional.ofNullable(parentId);
    }

    /**
     * The manager, or empty.
     *
     * @return the manager, or empty
     */
    public Optional<EmployeeId> managerId() {
        return Optional.ofNullable(managerId);
    }

    /**
     * When it was created.
     *
     * @return when it was created
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The version, 0 for a department never stored.
     *
     * @return the version, 0 for a department never stored
     */
    public long version() {
        return version;
    }
}
