package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A position was added to a department.
 *
 * @serial exclude
 */
public record PositionCreated(UUID eventId, TenantId tenant, Instant occurredAt, PositionId positionId, DepartmentId departmentId) implements DomainEvent {
}
