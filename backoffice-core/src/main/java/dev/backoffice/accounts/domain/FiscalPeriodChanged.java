package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A fiscal period was closed, reopened or locked; {@code status} is its new state. */
public record FiscalPeriodChanged(UUID eventId, TenantId tenant, Instant occurredAt, FiscalYearId fiscalYearId,
                                  int periodNumber, PeriodStatus status) implements DomainEvent {
}
