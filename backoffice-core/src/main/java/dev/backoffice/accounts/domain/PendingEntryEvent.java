package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending entry was recorded or resolved; {@code status} says which (PENDING when recorded).
 * {@code postedEntry} is the journal entry that posted it, when posted.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param pendingEntry the pending entry
 * @param status the new status
 * @param postedEntry the posted entry
 * @serial exclude
 */
public record PendingEntryEvent(UUID eventId, TenantId tenant, Instant occurredAt, PendingEntryId pendingEntry,
                                PendingStatus status, JournalEntryId postedEntry) implements DomainEvent {
}
