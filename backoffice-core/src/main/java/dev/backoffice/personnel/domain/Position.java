package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/** A role in a department that employees hold, such as "Accountant" in Finance. */
public final class Position {

    private final PositionId id;
    private final TenantId tenant;
    private final DepartmentId departmentId;
    private String title;
    private final Instant createdAt;
    private final long version;

    private Position(PositionId id, TenantId tenant, DepartmentId departmentId, String title, Instant createdAt,
                     long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.departmentId = Objects.requireNonNull(departmentId, "departmentId");
        this.title = Objects.requireNonNull(title, "title");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * A new position in a department.
     *
     * @param id         its id
     * @param tenant     the tenant it belongs to
     * @param department the department
     * @param title      the position's title
     * @param now        the time of the change, from the injected clock
     * @return the position
     */
    public static Position create(PositionId id, TenantId tenant, DepartmentId department, String title, Instant now) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_INVALID, "A position needs a title.");
        }
        return new Position(id, tenant, department, title.strip(), now, 0);
    }

    /**
     * Rebuilds a stored position (for adapters).
     *
     * @param id           its id
     * @param tenant       the tenant it belongs to
     * @param departmentId the department
     * @param title        the title
     * @param createdAt    when it was created
     * @param version      the stored version it was read at
     * @return the position as stored
     */
    public static Position restore(PositionId id, TenantId tenant, DepartmentId departmentId, String title,
                                   Instant createdAt, long version) {
        return new Position(id, tenant, departmentId, title, createdAt, version);
    }

    /**
     * Gives the position another title.
     *
     * @param newTitle the new title, not blank
     */
    public void retitle(String newTitle) {
        this.title = Objects.requireNonNull(newTitle, "newTitle").strip();
    }

    /**
     * The position's id.
     *
     * @return the position's id
     */
    public PositionId id() {
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
     * Its department.
     *
     * @return its department
     */
    public DepartmentId departmentId() {
        return departmentId;
    }

    /**
     * Its title.
     *
     * @return its title
     */
    public String title() {
        return title;
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
     * The stored version it was read at, for optimistic locking.
     *
     * @return the stored version it was read at, for optimistic locking
     */
    public long version() {
        return version;
    }
}
