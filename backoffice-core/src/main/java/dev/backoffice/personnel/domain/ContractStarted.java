package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee's contract started (pay stays out of the event: it is personal data).
 *
 * @serial exclude
 */
public record ContractStarted(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId, LocalDate validFrom, ContractType type) implements DomainEvent {
}
