package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.PendingEntryId;
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

    /**
     * Records and posts an entry in one step.
     * Refused with {@code ledger.entry.unbalanced}, {@code ledger.account.not_found}, {@code
     * ledger.account.closed},
     * {@code ledger.account.not_leaf}, {@code ledger.account.currency_mismatch}, {@code ledger.period.closed}
     * and the
     * other posting codes; with an idempotency key the same command again returns the first entry.
     *
     * @param actor who posts; needs {@code ledger.entry.post}
     * @param entry the date, description, reference and lines
     * @return the posted entry
     */
    JournalEntrySnapshot post(Actor actor, NewJournalEntry entry);

    /**
     * Posts many entries in one unit of work, all or nothing. When one fails, nothing is stored
     * and a {@link LedgerBatchRejectedException} names the index and code of the first failure.
     *
     * @param actor   who posts; needs {@code ledger.entry.post}
     * @param entries the entries, in posting order
     * @return the posted entries, in the same order
     */
    List<JournalEntrySnapshot> postAll(Actor actor, List<NewJournalEntry> entries);

    /**
     * Saves an entry as a draft, which counts in no balance until it is posted.
     *
     * @param actor who acts; needs {@code ledger.entry.draft}
     * @param entry the content of the draft
     * @return the draft
     */
    JournalEntrySnapshot saveDraft(Actor actor, NewJournalEntry entry);

    /**
     * Replaces the content of a draft ({@code ledger.entry.not_draft} once posted).
     *
     * @param actor   who acts; needs {@code ledger.entry.draft}
     * @param draft   the draft to revise
     * @param content its new content
     * @return the revised draft
     */
    JournalEntrySnapshot reviseDraft(Actor actor, JournalEntryId draft, NewJournalEntry content);

    /**
     * Posts a draft, with the same checks as {@link #post}.
     *
     * @param actor who posts; needs {@code ledger.entry.post}
     * @param draft the draft to post
     * @return the posted entry
     */
    JournalEntrySnapshot postDraft(Actor actor, JournalEntryId draft);

    /**
     * Deletes a draft.
     *
     * @param actor who acts; needs {@code ledger.entry.draft}
     * @param draft the draft to delete
     */
    void discardDraft(Actor actor, JournalEntryId draft);

    /**
     * Reverses a posted entry: posts a linked entry with every line on the other side and marks
     * the original reversed. Returns the reversing entry. A second reversal is refused with
     * {@code ledger.entry.already_reversed}.
     *
     * @param actor   who acts; needs {@code ledger.entry.reverse}
     * @param command the entry, the reversal date and the reason
     * @return the reversing entry
     */
    JournalEntrySnapshot reverse(Actor actor, ReverseJournalEntry command);

    /**
     * The entry; {@code ledger.entry.not_found} when the tenant has none with that id.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param id    the entry id
     * @return the entry, with its lines
     */
    JournalEntrySnapshot entry(Actor actor, JournalEntryId id);

    /**
     * Records a pending (two-phase) entry: the same checks as {@link #post}, and its amounts are
     * reserved on the accounts (counted against balance limits, shown as pending in balances).
     *
     * @param actor   who posts; needs {@code ledger.entry.post}
     * @param command the entry and its optional expiry
     * @return the pending entry
     */
    PendingEntrySnapshot postPending(Actor actor, NewPendingEntry command);

    /**
     * Posts a pending entry in full or in part with a new journal entry, which it returns; the rest
     * is released. Refused with {@code ledger.pending.already_resolved} once resolved and with
     * {@code ledger.pending.expired} after its timeout.
     *
     * @param actor   who posts; needs {@code ledger.entry.post}
     * @param command the pending entry and the amounts to post
     * @return the posted journal entry
     */
    JournalEntrySnapshot postPendingEntry(Actor actor, PostPendingEntry command);

    /**
     * Voids a pending entry: its amounts are released ({@code ledger.pending.already_resolved} once resolved).
     *
     * @param actor        who acts; needs {@code ledger.pending.void}
     * @param pendingEntry the pending entry
     * @return the pending entry, voided
     */
    PendingEntrySnapshot voidPending(Actor actor, PendingEntryId pendingEntry);

    /**
     * Expires the tenant's pending entries whose timeout has passed, releasing their amounts; a use
     * case the host schedules. Idempotent: an expired entry is never expired again. Returns how
     * many entries expired (at most 1,000 a call; call again while it returns 1,000).
     *
     * @param actor who acts; needs {@code ledger.pending.expire}
     * @return the number of entries expired
     */
    int expirePendingEntries(Actor actor);

    /**
     * The pending entry; {@code ledger.pending.not_found} when the tenant has none with that id.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param id    the pending entry id
     * @return the pending entry
     */
    PendingEntrySnapshot pendingEntry(Actor actor, PendingEntryId id);
}
