package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Actor;

import java.time.LocalDate;

/** Balances and statements of the actor's tenant. */
public interface FinancialReports {

    /**
     * The current balance, read in constant time whatever the size of the journal. For a parent
     * account, the roll-up of its subtree.
     */
    BalanceSnapshot balance(Actor actor, AccountId account);

    /** The balance counting the posted lines dated on or before {@code asOf}. */
    BalanceSnapshot balanceAsOf(Actor actor, AccountId account, LocalDate asOf);

    /** The current trial balance of all leaf accounts. */
    TrialBalance trialBalance(Actor actor);

    /** The trial balance counting the posted lines dated on or before {@code asOf}. */
    TrialBalance trialBalanceAsOf(Actor actor, LocalDate asOf);

    /** One page of an account statement with opening, running and closing balances. */
    AccountStatement statement(Actor actor, StatementRequest request);
}
