package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An employee's termination was recorded. */
public record EmployeeTerminated(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, LocalDate lastDay, TerminationReason reason) implements DomainEvent {
}
