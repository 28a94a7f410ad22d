package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;

import java.time.LocalDate;

/**
 * The balance of an account: its posted debits and credits and their net on the account's normal
 * side (a positive asset, a positive liability). For a parent account, the sum over its subtree.
 *
 * Pending amounts (of pending entries not yet posted, voided or expired) are shown apart: they are
 * not in {@code debits}, {@code credits} or {@code balance}; balances as of a date have none.
 *
 * @param asOf null for the current balance, else the last date counted
 * @param account the account
 * @param code the account code
 * @param type the account type
 * @param normalSide the side its balance is reported on
 * @param debits the posted debits
 * @param credits the posted credits
 * @param balance the balance after the line
 * @param pendingDebits the debits reserved by pending entries
 * @param pendingCredits the credits reserved by pending entries
 * @param rolledUp whether the amounts are the roll-up of a parent's subtree
 */
public record BalanceSnapshot(AccountId account, String code, AccountType type, Side normalSide, Money debits,
                              Money credits, Money balance, Money pendingDebits, Money pendingCredits, LocalDate asOf,
                              boolean rolledUp) {
}
