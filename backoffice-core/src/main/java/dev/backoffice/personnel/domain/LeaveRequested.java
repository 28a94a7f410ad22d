package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's leave was requested.
 *
 * @serial exclude
 */
public record LeaveRequested(UUID eventId, TenantId tenant, Instant occurredAt, LeaveRequestId requestId, EmployeeId employeeId, LeaveTypeId leaveTypeId, LocalDate from, LocalDate to, LeaveDays days) implements DomainEvent {
}
