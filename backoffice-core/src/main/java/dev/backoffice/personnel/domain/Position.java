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

    public static Position create(PositionId id, TenantId tenant, DepartmentId department, String title, Instant now) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_INVALID, "A position needs a title.");
        }
        return new Position(id, tenant, department, title.strip(), now, 0);
    }

    public static Position restore(PositionId id, TenantId tenant, DepartmentId departmentId, String title,
                                   Instant createdAt, long version) {
        return new Position(id, tenant, departmentId, title, createdAt, version);
    }

    public void retitle(String newTitle) {
        this.title = Objects.requireNonNull(newTitle, "newTitle").strip();
    }

    public PositionId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public DepartmentId departmentId() {
        return departmentId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
