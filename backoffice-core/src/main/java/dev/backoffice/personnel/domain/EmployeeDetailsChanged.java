package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An employee's name or contact details changed (the event carries no personal data).
 *
 * @serial exclude
 */
public record EmployeeDetailsChanged(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId) implements DomainEvent {
}
