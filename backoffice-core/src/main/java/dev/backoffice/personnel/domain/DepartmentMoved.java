package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A department was moved under another parent (null: it became a root).
 *
 * @serial exclude
 */
public record DepartmentMoved(UUID eventId, TenantId tenant, Instant occurredAt, DepartmentId departmentId, DepartmentId parentId) implements DomainEvent {
}
