package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A leave request was rejected.
 *
 * @serial exclude
 */
public record LeaveRejected(UUID eventId, TenantId tenant, Instant occurredAt, LeaveRequestId requestId, EmployeeId employeeId, String rejectedBy) implements DomainEvent {
}
