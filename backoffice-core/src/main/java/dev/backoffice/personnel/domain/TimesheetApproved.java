package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A timesheet was approved; payroll pays its hours.
 *
 * @serial exclude
 */
public record TimesheetApproved(UUID eventId, TenantId tenant, Instant occurredAt, TimesheetId timesheetId, EmployeeId employeeId, LocalDate weekStart, String approvedBy) implements DomainEvent {
}
