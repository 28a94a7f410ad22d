package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A leave request was cancelled; its days went back to the balance.
 *
 * @serial exclude
 */
public record LeaveCancelled(UUID eventId, TenantId tenant, Instant occurredAt, LeaveRequestId requestId, EmployeeId employeeId, LeaveStatus previousStatus) implements DomainEvent {
}
