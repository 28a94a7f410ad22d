package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A posted payroll run was reversed by a reversal run and a reversing journal entry.
 *
 * @serial exclude
 */
public record PayrollRunReversed(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, PayrollRunId reversalRunId, YearMonth period, UUID reversingEntryId) implements DomainEvent {
}
