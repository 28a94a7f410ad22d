package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;

/**
 * One line of a {@link BalanceSheet} or an {@link IncomeStatement}: an account, the roll-up of a
 * parent account's subtree, or the balance sheet's current result. Amounts are on the normal side
 * of the section (a positive asset, a positive liability, a positive expense).
 *
 * @param kind       what the row stands for
 * @param account    the account; null for the current result
 * @param code       the account code; null for the current result
 * @param name       the account name, or "Current result"
 * @param level      the depth in the account hierarchy, 0 for a top-level account (and for the
 *                   current result), 1 for its sub-accounts and so on, so that a host can indent
 * @param amount     the amount at the statement's date, or for its period
 * @param comparison the amount at the comparison date, or for the previous period
 */
public record StatementRow(Kind kind, AccountId account, String code, String name, int level, Money amount,
                           Money comparison) {

    /** What a row stands for. */
    public enum Kind {
        /** A leaf account and its own balance. */
        ACCOUNT,
        /** A parent account, with the sum of every account below it. */
        ROLL_UP,
        /** Revenue minus expenses not yet closed to equity (balance sheet, equity section only). */
        CURRENT_RESULT
    }
}
