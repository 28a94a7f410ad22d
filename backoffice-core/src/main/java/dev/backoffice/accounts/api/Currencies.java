package dev.backoffice.accounts.api;

import dev.backoffice.common.Actor;

import java.util.Optional;

/**
 * The tenant's currencies: the functional currency its books are kept in, the accounts for
 * exchange gains and losses, and the period-end revaluation of foreign-currency balances.
 *
 * <p>Without a functional currency a tenant's entries balance in each of their currencies and its
 * statements come one per currency. Once it is set (before the tenant's first posting), every
 * posted line carries its value in the functional currency with the rate, the rate's date and
 * source (from the {@code ExchangeRates} port given to the back office); an entry in several
 * currencies must balance in the functional currency, one in a single currency in that currency
 * too; the balance sheet and income statement come in the functional currency.
 */
public interface Currencies {

    /**
     * Sets the tenant's functional currency. Refused with {@code ledger.currency.functional_already_set}
     * when it has one already (another, or the same: it is set once), and with
     * {@code ledger.currency.journal_not_empty} once the tenant has posted an entry.
     *
     * @param actor   who acts; needs {@code ledger.currency.manage}
     * @param command the currency
     * @return the tenant's new policy
     */
    CurrencyPolicySnapshot setFunctionalCurrency(Actor actor, SetFunctionalCurrency command);

    /**
     * Sets the accounts a revaluation posts exchange gains (a revenue account) and losses (an
     * expense account) to: active leaves of the tenant in the functional currency. Refused with
     * {@code ledger.currency.functional_not_set} before the functional currency is set,
     * {@code ledger.account.not_found} and {@code ledger.currency.exchange_account_invalid}.
     *
     * @param actor   who acts; needs {@code ledger.currency.manage}
     * @param command the gain and loss accounts
     * @return the tenant's policy with the accounts
     */
    CurrencyPolicySnapshot setExchangeAccounts(Actor actor, SetExchangeAccounts command);

    /**
     * The tenant's currency policy; empty while it has no functional currency.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the policy, or empty
     */
    Optional<CurrencyPolicySnapshot> policy(Actor actor);

    /**
     * Revalues the open balances of the tenant's active asset and liability accounts held in a
     * foreign currency at the rate in force on {@code asOf}: each account's value in the functional
     * currency is brought to its foreign balance times that rate by a line that moves the value
     * only (zero in the account's own currency), and the net gains and losses go to the exchange
     * accounts, in one posted entry dated {@code asOf} (none when nothing changed). Running it again
     * for the same date posts only what changed since. Refused with
     * {@code ledger.currency.functional_not_set}, {@code ledger.currency.exchange_accounts_not_set}
     * and {@code ledger.currency.rate_missing}; the entry is checked as any posting (open period,
     * lock date).
     *
     * @param actor   who acts; needs {@code ledger.currency.revalue}
     * @param command the date, and an optional idempotency key
     * @return what was revalued and the entry posted, if any
     */
    Revaluation revalue(Actor actor, RevalueBalances command);
}
