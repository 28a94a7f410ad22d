package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's termination was recorded (the reason stays out of the event: it is personal data).
 *
 * @serial exclude
 */
public record EmployeeTerminated(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, LocalDate lastDay) implements DomainEvent {
}
