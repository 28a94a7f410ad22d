package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An account was closed and takes no more postings. */
public record AccountClosed(UUID eventId, TenantId tenant, Instant occurredAt, AccountId accountId)
        implements DomainEvent {
}
