package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The net pay of a payroll run was paid out, as the payment journal entry {@code paymentEntryId}
 * (null when nobody had net pay to receive).
 */
public record PayrollRunPaid(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period,
                             UUID paymentEntryId) implements DomainEvent {
}
