package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** The posting accounts or approval threshold of a currency were set. */
public record ReceivablesConfigured(UUID eventId, TenantId tenant, Instant occurredAt, Currency currency)
        implements DomainEvent {
}
