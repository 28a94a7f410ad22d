package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A reconciliation was undone: its lines are unreconciled again; the reconciliation stays as history. */
public record ReconciliationUndone(UUID eventId, TenantId tenant, Instant occurredAt, ReconciliationId reconciliationId,
                                   AccountId accountId) implements DomainEvent {
}
