package dev.backoffice.accounts.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * A pending (two-phase) entry to record: its lines reserve their amounts on the accounts (counted
 * against balance limits, not in posted balances) until it is posted, voided or expires.
 *
 * @param entry     the entry's date, description, lines and optional idempotency key
 * @param expiresAt when it expires if not resolved before, or null for no timeout
 */
public record NewPendingEntry(@NotNull @Valid NewJournalEntry entry, Instant expiresAt) {

    /**
     * A pending entry with an optional timeout.
     *
     * @param entry     the entry to reserve
     * @param expiresAt when it expires, or null for never
     * @return the command
     */
    public static NewPendingEntry of(NewJournalEntry entry, Instant expiresAt) {
        return new NewPendingEntry(entry, expiresAt);
    }
}
