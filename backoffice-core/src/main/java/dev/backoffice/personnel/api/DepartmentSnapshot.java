package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;

import java.time.Instant;

/** A department; {@code parent} and {@code manager} are null when absent. */
public record DepartmentSnapshot(DepartmentId id, String code, String name, DepartmentId parent, EmployeeId manager,
                                 Instant createdAt) {

    /**
     * The snapshot of a department as it is now.
     *
     * @param d the department
     * @return its immutable snapshot
     */
    public static DepartmentSnapshot of(Department d) {
        return new DepartmentSnapshot(d.id(), d.code(), d.name(), d.parentId().orElse(null), d.managerId().orElse(null),
                d.createdAt());
    }
}
