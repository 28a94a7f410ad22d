package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** The net pay of a payroll run was paid out. */
public record PayrollRunPaid(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period) implements DomainEvent {
}
