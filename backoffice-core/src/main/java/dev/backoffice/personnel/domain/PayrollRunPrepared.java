package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A draft payroll run was prepared for a period.
 *
 * @serial exclude
 */
public record PayrollRunPrepared(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period, int payslips) implements DomainEvent {
}
