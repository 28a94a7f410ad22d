package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PositionId;
import jakarta.validation.constraints.NotNull;

/**
 * Moves an employee to a department and position. A null department takes the employee out of
 * every department (then the position must be null too); the position must belong to the department.
 */
public record AssignEmployee(@NotNull EmployeeId employee, DepartmentId department, PositionId position) {
}
