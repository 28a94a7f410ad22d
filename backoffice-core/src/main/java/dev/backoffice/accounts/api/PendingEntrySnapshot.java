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
 *
 * @param id the id
 * @param accountingDate the date it counts on
 * @param description what it records
 * @param sourceReference optional reference to the source document, or null
 * @param status its status
 * @param lines its lines
 * @param expiresAt its timeout, or null for none
 * @param createdBy the id of the actor who created it
 * @param createdAt when it was created
 * @param resolvedBy the id of the actor who resolved it, or null
 * @param resolvedAt when it was posted, voided or expired, or null
 * @param postedEntry the journal entry that posted it, or null
 */
public record PendingEntrySnapshot(PendingEntryId id, LocalDate accountingDate, String description,
                                   String sourceReference, PendingStatus status, List<JournalEntrySnapshot.Line> lines,
                                   Instant expiresAt, String createdBy, Instant createdAt, String resolvedBy,
                                   Instant resolvedAt, JournalEntryId postedEntry) {

    /**
     * The snapshot of a pending entry.
     *
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
