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
 */
public record BalanceSnapshot(AccountId account, String code, AccountType type, Side normalSide, Money debits,
                              Money credits, Money balance, Money pendingDebits, Money pendingCredits, LocalDate asOf,
                              boolean rolledUp) {
}
