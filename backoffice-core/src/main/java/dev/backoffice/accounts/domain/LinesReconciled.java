package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lines of an account were matched into a reconciliation that nets to zero. */
public record LinesReconciled(UUID eventId, TenantId tenant, Instant occurredAt, ReconciliationId reconciliationId,
                              AccountId accountId, List<JournalLineRef> lines) implements DomainEvent {

    public LinesReconciled {
        lines = List.copyOf(lines);
    }
}
