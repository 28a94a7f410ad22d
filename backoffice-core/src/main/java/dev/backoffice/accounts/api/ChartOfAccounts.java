package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.common.Actor;

import java.util.List;
import java.util.Optional;

/** The chart of accounts of the actor's tenant: open, rename, close and look up accounts. */
public interface ChartOfAccounts {

    /**
     * Opens an account. Refused with {@code ledger.account.code_taken} when the code is used,
     * {@code ledger.account.not_found} for an unknown parent, {@code ledger.account.type_mismatch}
     * or {@code ledger.account.currency_mismatch} when the parent differs, and
     * {@code ledger.account.parent_has_postings} when the parent already has postings, and
     * {@code ledger.account.limit_needs_one_bucket} for a balance limit with more than one balance
     * bucket.
     *
     * @param actor   who acts; needs {@code ledger.account.manage}
     * @param command the code, name, type, currency and optional parent and limit
     * @return the new account
     */
    AccountSnapshot openAccount(Actor actor, OpenAccount command);

    /**
     * Renames an account; the code never changes. Refused with {@code ledger.account.not_found}.
     *
     * @param actor   who acts; needs {@code ledger.account.manage}
     * @param account the account
     * @param newName the new name
     * @return the renamed account
     */
    AccountSnapshot renameAccount(Actor actor, AccountId account, String newName);

    /**
     * Closes an account so it takes no more postings. Refused with
     * {@code ledger.account.balance_not_zero} while its balance is not zero and with
     * {@code ledger.account.has_active_children} while a child is active.
     *
     * @param actor   who acts; needs {@code ledger.account.manage}
     * @param account the account to close
     * @return the closed account
     */
    AccountSnapshot closeAccount(Actor actor, AccountId account);

    /**
     * Reopens a closed account. Refused with {@code ledger.account.not_found} and
     * {@code ledger.account.already_active} when it is active.
     *
     * @param actor   who acts; needs {@code ledger.account.manage}
     * @param account the account to reopen
     * @return the active account
     */
    AccountSnapshot reopenAccount(Actor actor, AccountId account);

    /**
     * Sets the rule on an account's balance. Refused with {@code ledger.balance.limit_exceeded}
     * when the current totals, pending amounts counted, already break the new rule, and with
     * {@code ledger.account.limit_needs_one_bucket} when the account's balance is spread over more
     * than one bucket (see {@link #spreadBalance}).
     *
     * @param actor   who acts; needs {@code ledger.account.manage}
     * @param account the account
     * @param limit   the rule, for example that the balance may not go below zero
     * @return the account with its new rule
     */
    AccountSnapshot limitBalance(Actor actor, AccountId account, BalanceLimit limit);

    /**
     * Spreads an account's running totals over {@code buckets} balance buckets (1 to
     * {@value dev.backoffice.accounts.domain.Account#MAX_BALANCE_BUCKETS}; 1 makes it a normal
     * account again), so that concurrent postings to a hot account (a bank or clearing account in
     * nearly every entry) do not wait for each other on one row. Its balance, pending amounts and
     * statements read the same whatever the number; lowering it merges the dropped buckets into
     * the first. Asks for {@code ledger.account.spread}; audited. Refused with
     * {@code ledger.account.limit_needs_one_bucket} for more than one bucket on an account with a
     * balance limit, {@code validation.failed} for a number out of range; the same number again
     * changes nothing.
     *
     * @param actor   who acts
     * @param account the account to spread
     * @param buckets the number of balance buckets
     * @return the account
     */
    AccountSnapshot spreadBalance(Actor actor, AccountId account, int buckets);

    /**
     * The account; {@code ledger.account.not_found} when the tenant has none with that id.
     *
     * @param actor   who reads; needs {@code ledger.read}
     * @param account the account id
     * @return the account
     */
    AccountSnapshot account(Actor actor, AccountId account);

    /**
     * The account with that code, if the tenant has one.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param code  the account code, for example {@code 1000}
     * @return the account, or empty
     */
    Optional<AccountSnapshot> accountByCode(Actor actor, String code);

    /**
     * Every account of the tenant, ordered by code.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the accounts, open and closed
     */
    List<AccountSnapshot> accounts(Actor actor);
}
