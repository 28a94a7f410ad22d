package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lines of an account were matched into a reconciliation that nets to zero.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param reconciliationId the reconciliation
 * @param accountId the account
 * @param lines the lines
 * @serial exclude
 */
public record LinesReconciled(UUID eventId, TenantId tenant, Instant occurredAt, ReconciliationId reconciliationId,
                              AccountId accountId, List<JournalLineRef> lines) implements DomainEvent {

    /**
     * Copies the list of lines.
     *
     * @param eventId the id of this event
     * @param tenant the tenant
     * @param occurredAt when it happened
     * @param reconciliationId the reconciliation
     * @param accountId the account
     * @param lines the lines
     */
    public LinesReconciled {
        lines = List.copyOf(lines);
    }
}
