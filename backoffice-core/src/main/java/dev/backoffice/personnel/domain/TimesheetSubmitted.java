package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's timesheet for a week was submitted.
 *
 * @serial exclude
 */
public record TimesheetSubmitted(UUID eventId, TenantId tenant, Instant occurredAt, TimesheetId timesheetId, EmployeeId employeeId, LocalDate weekStart) implements DomainEvent {
}
