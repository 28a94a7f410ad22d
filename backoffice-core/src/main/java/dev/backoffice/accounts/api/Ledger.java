package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.common.Actor;

import java.util.List;

/**
 * The general journal of the actor's tenant: record, post and reverse journal entries.
 *
 * <p>Posting checks that the entry balances in every currency
 * ({@code ledger.entry.unbalanced}), that every account exists in the tenant
 * ({@code ledger.account.not_found}), is active ({@code ledger.account.closed}), is a leaf
 * ({@code ledger.account.not_leaf}) and is kept in the line's currency
 * ({@code ledger.account.currency_mismatch}), and that the date lies in an open fiscal period
 * ({@code ledger.period.not_found}, {@code ledger.period.closed}, {@code ledger.period.locked}).
 */
public interface Ledger {

    /** Records and posts an entry in one step. */
    JournalEntrySnapshot post(Actor actor, NewJournalEntry entry);

    /**
     * Posts many entries in one unit of work, all or nothing. When one fails, nothing is stored
     * and a {@link LedgerBatchRejectedException} names the index and code of the first failure.
     */
    List<JournalEntrySnapshot> postAll(Actor actor, List<NewJournalEntry> entries);

    /** Saves an entry as a draft, which counts in no balance until it is posted. */
    JournalEntrySnapshot saveDraft(Actor actor, NewJournalEntry entry);

    /** Replaces the content of a draft ({@code ledger.entry.not_draft} once posted). */
    JournalEntrySnapshot reviseDraft(Actor actor, JournalEntryId draft, NewJournalEntry content);

    /** Posts a draft, with the same checks as {@link #post}. */
    JournalEntrySnapshot postDraft(Actor actor, JournalEntryId draft);

    /** Deletes a draft. */
    void discardDraft(Actor actor, JournalEntryId draft);

    /**
     * Reverses a posted entry: posts a linked entry with every line on the other side and marks
     * the original reversed. Returns the reversing entry. A second reversal is refused with
     * {@code ledger.entry.already_reversed}.
     */
    JournalEntrySnapshot reverse(Actor actor, ReverseJournalEntry command);

    /** The entry; {@code ledger.entry.not_found} when the tenant has none with that id. */
    JournalEntrySnapshot entry(Actor actor, JournalEntryId id);
}
