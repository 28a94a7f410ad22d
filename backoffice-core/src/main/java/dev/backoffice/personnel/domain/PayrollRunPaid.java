package dev.backoffice.personnel.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The net pay of a payroll run was paid out, as the payment journal entries {@code paymentEntryIds}
 * (empty when nobody had net pay to receive).
 * @serial exclude
 */
public record PayrollRunPaid(UUID eventId, TenantId tenant, Instant occurredAt, PayrollRunId runId, YearMonth period,
                             List<UUID> paymentEntryIds) implements DomainEvent {
}
