package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A payroll run was posted to the ledger as one journal entry.
 *
 * @serial exclude
 */
public record PayrollRunPosted(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period, UUID journalEntryId) implements DomainEvent {
}
