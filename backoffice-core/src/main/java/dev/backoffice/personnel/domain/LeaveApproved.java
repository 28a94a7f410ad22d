package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A leave request was approved.
 *
 * @serial exclude
 */
public record LeaveApproved(UUID eventId, TenantId tenant, Instant occurredAt, LeaveRequestId requestId, EmployeeId employeeId, String approvedBy) implements DomainEvent {
}
