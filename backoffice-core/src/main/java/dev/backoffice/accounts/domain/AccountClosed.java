package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was closed and takes no more postings.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param accountId the account
 * @serial exclude
 */
public record AccountClosed(UUID eventId, TenantId tenant, Instant occurredAt, AccountId accountId)
        implements DomainEvent {
}
