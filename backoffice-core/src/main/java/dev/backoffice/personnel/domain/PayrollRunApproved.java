package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A payroll run was approved.
 *
 * @serial exclude
 */
public record PayrollRunApproved(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period, String approvedBy) implements DomainEvent {
}
