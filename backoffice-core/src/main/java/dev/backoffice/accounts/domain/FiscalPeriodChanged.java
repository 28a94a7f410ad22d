package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A fiscal period was closed, reopened or locked; {@code status} is its new state.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param fiscalYearId the fiscal year
 * @param periodNumber the period number, 1 to 12
 * @param status the new status
 * @serial exclude
 */
public record FiscalPeriodChanged(UUID eventId, TenantId tenant, Instant occurredAt, FiscalYearId fiscalYearId,
                                  int periodNumber, PeriodStatus status) implements DomainEvent {
}
