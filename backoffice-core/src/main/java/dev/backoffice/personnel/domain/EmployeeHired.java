package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee was hired. Carries no personal data.
 *
 * @serial exclude
 */
public record EmployeeHired(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, String number, LocalDate hireDate) implements DomainEvent {
}
