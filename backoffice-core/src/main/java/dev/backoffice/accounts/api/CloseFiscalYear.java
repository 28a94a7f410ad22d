package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.FiscalYearId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Closes a fiscal year into retained earnings.
 *
 * <pre>{@code
 * yearEnd.closeYear(actor, CloseFiscalYear.of(year2026.id(), retainedEarnings.id()));
 * }</pre>
 *
 * @param fiscalYear       the year to close
 * @param retainedEarnings the retained-earnings accounts, active equity leaves, one per currency
 *                         that has revenue or expense in the year; a single-currency tenant gives
 *                         one
 * @param idempotencyKey   optional: the same key again returns the first result and closes nothing
 */
public record CloseFiscalYear(@NotNull FiscalYearId fiscalYear,
                              @NotNull @Size(min = 1, max = 200) List<@NotNull AccountId> retainedEarnings,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the list of retained-earnings accounts.
     *
     * @param fiscalYear       the year to close
     * @param retainedEarnings the equity accounts, one per currency
     * @param idempotencyKey   optional key
     */
    public CloseFiscalYear {
        retainedEarnings = retainedEarnings == null ? null
                : Collections.unmodifiableList(new ArrayList<>(retainedEarnings));
    }

    /**
     * Closes the year into the given retained-earnings accounts (one per currency).
     *
     * @param fiscalYear       the year to close
     * @param retainedEarnings the retained-earnings accounts
     * @return the command
     */
    public static CloseFiscalYear of(FiscalYearId fiscalYear, AccountId... retainedEarnings) {
        return new CloseFiscalYear(fiscalYear, retainedEarnings == null ? null : Arrays.asList(retainedEarnings), null);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key the idempotency key, 1 to 128 characters
     * @return the command with the key
     */
    public CloseFiscalYear withIdempotencyKey(String key) {
        return new CloseFiscalYear(fiscalYear, retainedEarnings, key);
    }
}
