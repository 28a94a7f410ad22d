package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A department was added to the organisation.
 *
 * @serial exclude
 */
public record DepartmentCreated(UUID eventId, TenantId tenant, Instant occurredAt, DepartmentId departmentId, String code, DepartmentId parentId) implements DomainEvent {
}
