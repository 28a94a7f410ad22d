package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Posts a pending entry, in full or in part; what is not posted is released.
 *
 * @param amounts        null to post every line in full; else one amount per line, from zero up to
 *                       the pending amount (a line given zero is left out), still balanced
 * @param accountingDate the date of the posting entry, or null for the pending entry's date
 * @param pendingEntry the pending entry
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record PostPendingEntry(@NotNull PendingEntryId pendingEntry,
                               @Size(min = 2, max = 1000) List<@NotNull Money> amounts,
                               LocalDate accountingDate,
                               @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the amounts into an unmodifiable list.
     *
     * @param pendingEntry   the pending entry
     * @param amounts        one amount per line, or null for all
     * @param accountingDate the date, or null
     * @param idempotencyKey optional key
     */
    public PostPendingEntry {
        amounts = amounts == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }

    /**
     * Posts every line in full.
     *
     * @param pendingEntry the pending entry
     * @return the command
     */
    public static PostPendingEntry inFull(PendingEntryId pendingEntry) {
        return new PostPendingEntry(pendingEntry, null, null, null);
    }

    /**
     * Posts the given amount of each line, in line order.
     *
     * @param pendingEntry the pending entry
     * @param amounts      one amount per line
     * @return the command
     */
    public static PostPendingEntry inPart(PendingEntryId pendingEntry, Money... amounts) {
        return new PostPendingEntry(pendingEntry, Arrays.asList(amounts), null, null);
    }
}
