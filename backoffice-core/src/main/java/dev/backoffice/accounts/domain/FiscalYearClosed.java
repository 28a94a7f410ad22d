package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fiscal year was closed: its revenue and expenses were moved to retained earnings by the
 * closing entries (none when the year had no revenue or expense) and all its periods are locked.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param fiscalYearId the fiscal year
 * @param closingEntries the closing entries posted, one per currency
 * @serial exclude
 */
public record FiscalYearClosed(UUID eventId, TenantId tenant, Instant occurredAt, FiscalYearId fiscalYearId,
                               List<JournalEntryId> closingEntries) implements DomainEvent {

    /**
     * Copies the list of closing entries.
     *
     * @param eventId the id of this event
     * @param tenant the tenant
     * @param occurredAt when it happened
     * @param fiscalYearId the fiscal year
     * @param closingEntries the closing entries posted, one per currency
     */
    public FiscalYearClosed {
        closingEntries = List.copyOf(closingEntries);
    }
}
