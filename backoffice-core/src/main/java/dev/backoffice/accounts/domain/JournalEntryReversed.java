package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A posted journal entry was reversed by a linked reversing entry.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param entryId the entry
 * @param reversalId the reversal
 * @param reversalDate the accounting date of the reversing entry
 * @serial exclude
 */
public record JournalEntryReversed(UUID eventId, TenantId tenant, Instant occurredAt, JournalEntryId entryId,
                                   JournalEntryId reversalId, LocalDate reversalDate) implements DomainEvent {
}
