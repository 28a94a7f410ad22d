package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending entry was recorded or resolved; {@code status} says which (PENDING when recorded).
 * {@code postedEntry} is the journal entry that posted it, when posted.
 */
public record PendingEntryEvent(UUID eventId, TenantId tenant, Instant occurredAt, PendingEntryId pendingEntry,
                                PendingStatus status, JournalEntryId postedEntry) implements DomainEvent {
}
