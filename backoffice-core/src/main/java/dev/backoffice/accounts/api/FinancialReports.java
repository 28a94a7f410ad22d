package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Actor;

import java.time.LocalDate;

/** Balances and statements of the actor's tenant. */
public interface FinancialReports {

    /**
     * The current balance, read in constant time whatever the size of the journal. For a parent
     * account, the roll-up of its subtree.
     *
     * @param actor   who reads; needs {@code ledger.read}
     * @param account the account
     * @return its balance on its normal side, with pending amounts
     */
    BalanceSnapshot balance(Actor actor, AccountId account);

    /**
     * The balance counting the posted lines dated on or before {@code asOf}.
     *
     * @param actor   who reads; needs {@code ledger.read}
     * @param account the account
     * @param asOf    the last day counted
     * @return the balance at the end of that day
     */
    BalanceSnapshot balanceAsOf(Actor actor, AccountId account, LocalDate asOf);

    /**
     * The current trial balance of all leaf accounts.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the trial balance
     */
    TrialBalance trialBalance(Actor actor);

    /**
     * The trial balance counting the posted lines dated on or before {@code asOf}.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param asOf  the last day counted
     * @return the trial balance at the end of that day
     */
    TrialBalance trialBalanceAsOf(Actor actor, LocalDate asOf);

    /**
     * One page of an account statement with opening, running and closing balances.
     * Refused with {@code ledger.account.not_leaf} for a parent account.
     *
     * @param actor   who reads; needs {@code ledger.read}
     * @param request the account, dates and page
     * @return the page of the statement
     */
    AccountStatement statement(Actor actor, StatementRequest request);
}
