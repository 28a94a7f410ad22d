package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A terminated employee's personal data was erased after the retention period.
 *
 * @serial exclude
 */
public record EmployeeAnonymized(UUID eventId, TenantId tenant, Instant occurredAt, EmployeeId employeeId)
        implements DomainEvent {
}
