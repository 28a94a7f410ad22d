package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.common.Actor;

import java.time.LocalDate;

/**
 * Reconciliation of the actor's tenant's bank and clearing accounts: match posted lines of one
 * account that net to zero (a payment against the invoice it settles, a transfer out against the
 * transfer in), see what is still unmatched, undo a match.
 *
 * <p>A line belongs to at most one active reconciliation, also when many threads or application
 * instances reconcile at once. Reconciling and undoing ask the access policy for
 * {@link LedgerPermissions#RECONCILE}; reading asks for {@link LedgerPermissions#READ}.
 *
 * <p>Refusals: {@code ledger.account.not_found}, {@code ledger.reconciliation.line_not_found},
 * {@code ledger.reconciliation.line_not_posted}, {@code ledger.reconciliation.mixed_accounts},
 * {@code ledger.reconciliation.duplicate_line}, {@code ledger.reconciliation.not_zero},
 * {@code ledger.reconciliation.line_already_reconciled}, {@code ledger.reconciliation.not_found},
 * {@code ledger.reconciliation.already_undone}, {@code ledger.invalid_date_range}, and
 * {@code validation.failed} for malformed input. A refused call changes nothing.
 */
public interface BankReconciliation {

    /**
     * Matches the lines into a new active reconciliation and returns it. With an idempotency key,
     * the same command again returns the first reconciliation.
     * Refused with {@code ledger.reconciliation.*} codes when a line is unknown, already reconciled, on another
     * account, or the lines do not net to zero.
     *
     * @param actor   who reconciles; needs {@code ledger.reconcile}
     * @param command the lines to match
     * @return the new reconciliation
     */
    ReconciliationSnapshot reconcile(Actor actor, ReconcileLines command);

    /**
     * Undoes a reconciliation: it is kept as history, marked undone, and its lines are
     * unreconciled again. Returns it as it is now.
     *
     * @param actor          who undoes; needs {@code ledger.reconcile}
     * @param reconciliation the reconciliation to undo
     * @return the reconciliation, undone
     */
    ReconciliationSnapshot undo(Actor actor, ReconciliationId reconciliation);

    /**
     * One page of the posted lines of the account, dated from {@code from} to {@code to}
     * (inclusive), that no active reconciliation holds.
     *
     * @param page the page number, from 0
     * @param size lines per page, 1 to 1,000
     * @param actor   who reads; needs {@code ledger.read}
     * @param account the bank or clearing account (a leaf)
     * @param from    the first date, inclusive
     * @param to      the last date, inclusive
     * @return the page of unreconciled lines
     */
    UnreconciledLines unreconciledLines(Actor actor, AccountId account, LocalDate from, LocalDate to, int page, int size);

    /**
     * A reconciliation, active or undone; {@code ledger.reconciliation.not_found} when the tenant has none with
     * that id.
     *
     * @param actor          who reads
     * @param reconciliation its id
     * @return the reconciliation
     */
    ReconciliationSnapshot reconciliation(Actor actor, ReconciliationId reconciliation);
}
