package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new version of an employee's contract takes effect from a date (pay stays out of the event).
 *
 * @serial exclude
 */
public record ContractChanged(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, LocalDate validFrom, ContractType type) implements DomainEvent {
}
