package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.JournalEntryId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Reverses a posted entry with a linked entry that puts every line on the other side.
 *
 * @param reversalDate the date of the reversing entry; it must lie in an open period
 * @param reason       the description of the reversing entry, or null for "Reversal of ..."
 * @param entry the journal entry
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record ReverseJournalEntry(@NotNull JournalEntryId entry,
                                  @NotNull LocalDate reversalDate,
                                  @Size(max = 500) String reason,
                                  @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Reverses a posted entry, without idempotency key.
     *
     * @param entry        the posted entry
     * @param reversalDate the date of the reversing entry, in an open period
     * @param reason       why
     * @return the command
     */
    public static ReverseJournalEntry of(JournalEntryId entry, LocalDate reversalDate, String reason) {
        return new ReverseJournalEntry(entry, reversalDate, reason, null);
    }
}
