package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee was assigned to a department and position (either may be null).
 *
 * @serial exclude
 */
public record EmployeeAssigned(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, DepartmentId departmentId, PositionId positionId) implements DomainEvent {
}
