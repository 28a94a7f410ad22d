package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was added to the chart of accounts.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param accountId the account
 * @param code the account code
 * @param type the account type
 * @serial exclude
 */
public record AccountOpened(UUID eventId, TenantId tenant, Instant occurredAt, AccountId accountId, String code,
                            AccountType type) implements DomainEvent {
}
