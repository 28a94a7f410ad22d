package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A journal entry was posted. {@code reversalOf} is set when it reverses another entry.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param entryId the entry
 * @param accountingDate the accounting date
 * @param reversalOf the entry it reverses, or null
 * @param lineCount the number of lines
 * @serial exclude
 */
public record JournalEntryPosted(UUID eventId, TenantId tenant, Instant occurredAt, JournalEntryId entryId,
                                 LocalDate accountingDate, JournalEntryId reversalOf, int lineCount)
        implements DomainEvent {
}
