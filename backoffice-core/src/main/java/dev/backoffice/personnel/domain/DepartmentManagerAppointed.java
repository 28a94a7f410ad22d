package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A department's manager changed (null: none).
 *
 * @serial exclude
 */
public record DepartmentManagerAppointed(UUID eventId, TenantId tenant, Instant occurredAt, DepartmentId departmentId, EmployeeId managerId) implements DomainEvent {
}
