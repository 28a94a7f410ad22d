package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.PendingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pending entry as the ledger shows it. Resolution fields are null while it is pending;
 * {@code postedEntry} is the journal entry that posted it.
 */
public record PendingEntrySnapshot(PendingEntryId id, LocalDate accountingDate, String description,
                                   String sourceReference, PendingStatus status, List<JournalEntrySnapshot.Line> lines,
                                   Instant expiresAt, String createdBy, Instant createdAt, String resolvedBy,
                                   Instant resolvedAt, JournalEntryId postedEntry) {

    /**
     * @param entry the pending entry
     * @return its read-only view
     */
    public static PendingEntrySnapshot of(PendingEntry entry) {
        return new PendingEntrySnapshot(entry.id(), entry.accountingDate(), entry.description(),
                entry.sourceReference().orElse(null), entry.status(),
                entry.lines().stream().map(JournalEntrySnapshot::line).toList(), entry.expiresAt().orElse(null),
                entry.createdBy(), entry.createdAt(), entry.resolvedBy().orElse(null), entry.resolvedAt().orElse(null),
                entry.postedEntry().orElse(null));
    }
}
