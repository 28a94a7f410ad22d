package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * The posting accounts or approval threshold of a currency were set.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param currency the currency
 * @serial exclude
 */
public record ReceivablesConfigured(UUID eventId, TenantId tenant, Instant occurredAt, Currency currency)
        implements DomainEvent {
}
