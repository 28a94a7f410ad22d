package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A reconciliation was undone: its lines are unreconciled again; the reconciliation stays as history.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param reconciliationId the reconciliation
 * @param accountId the account
 * @serial exclude
 */
public record ReconciliationUndone(UUID eventId, TenantId tenant, Instant occurredAt, ReconciliationId reconciliationId,
                                   AccountId accountId) implements DomainEvent {
}
