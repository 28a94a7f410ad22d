package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The running totals of an account: all posted debits and credits, and the debits and credits of
 * pending entries not yet posted, voided or expired. Kept up to date on every posting so that a
 * current balance is read in constant time. As a delta, any component may be negative (a pending
 * amount released).
 *
 * @param accountId the account
 * @param debits the posted debits
 * @param credits the posted credits
 * @param pendingDebits the debits reserved by pending entries
 * @param pendingCredits the credits reserved by pending entries
 */
public record AccountBalance(AccountId accountId, Money debits, Money credits, Money pendingDebits,
                             Money pendingCredits) {

    /**
     * Requires every component, all in one currency.
     *
     * @param accountId the account
     * @param debits the posted debits
     * @param credits the posted credits
     * @param pendingDebits the pending debits reserved
     * @param pendingCredits the pending credits reserved
     */
    public AccountBalance {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(debits, "debits");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(pendingDebits, "pendingDebits");
        Objects.requireNonNull(pendingCredits, "pendingCredits");
        if (!debits.hasSameCurrencyAs(credits) || !debits.hasSameCurrencyAs(pendingDebits)
                || !debits.hasSameCurrencyAs(pendingCredits)) {
            throw new IllegalArgumentException("all totals of an account share its currency");
        }
    }

    /**
     * Posted totals without pending amounts.
     *
     * @param accountId the account
     * @param debits    the posted debits
     * @param credits   the posted credits, in the same currency
     */
    public AccountBalance(AccountId accountId, Money debits, Money credits) {
        this(accountId, debits, credits, Money.zero(debits.currency()), Money.zero(debits.currency()));
    }

    /**
     * Zero totals.
     *
     * @param accountId the account
     * @param currency  the account's currency
     * @return totals with nothing posted or pending
     */
    public static AccountBalance zero(AccountId accountId, Currency currency) {
        Money zero = Money.zero(currency);
        return new AccountBalance(accountId, zero, zero, zero, zero);
    }

    /**
     * The change a posted line makes to its account's totals: its amount on its side.
     *
     * @param line a posted line
     * @return the delta, with nothing pending
     */
    public static AccountBalance deltaOf(JournalLine line) {
        Money amount = line.amount();
        Money zero = Money.zero(amount.currency());
        return line.side() == Side.DEBIT
                ? new AccountBalance(line.account(), amount, zero, zero, zero)
                : new AccountBalance(line.account(), zero, amount, zero, zero);
    }

    /**
     * The changes posted lines make to their accounts' totals: {@link #deltaOf} each, in order.
     *
     * @param lines posted lines
     * @return a new list of one delta per line
     */
    public static List<AccountBalance> deltasOf(List<JournalLine> lines) {
        List<AccountBalance> deltas = new ArrayList<>(lines.size());
        for (int i = 0, count = lines.size(); i < count; i++) {
            deltas.add(deltaOf(lines.get(i)));
        }
        return deltas;
    }

    /** {@return the currency of the account balance} */
    public Currency currency() {
        return debits.currency();
    }

    /**
     * Adds one posted amount on a side.
     *
     * @param side   debit or credit
     * @param amount the amount, in the account's currency
     * @return the new totals
     */
    public AccountBalance plus(Side side, Money amount) {
        return side == Side.DEBIT
                ? new AccountBalance(accountId, debits.plus(amount), credits, pendingDebits, pendingCredits)
                : new AccountBalance(accountId, debits, credits.plus(amount), pendingDebits, pendingCredits);
    }

    /**
     * Adds one pending amount on a side (negative to release it).
     *
     * @param side   debit or credit
     * @param amount the amount reserved, or released when negative
     * @return the new totals
     */
    public AccountBalance plusPending(Side side, Money amount) {
        return side == Side.DEBIT
                ? new AccountBalance(accountId, debits, credits, pendingDebits.plus(amount), pendingCredits)
                : new AccountBalance(accountId, debits, credits, pendingDebits, pendingCredits.plus(amount));
    }

    /**
     * Adds another balance's totals, pending included (used by roll-ups and deltas).
     *
     * @param other totals of the same currency
     * @return the sum
     */
    public AccountBalance plus(AccountBalance other) {
        return new AccountBalance(accountId, debits.plus(other.debits), credits.plus(other.credits),
                pendingDebits.plus(other.pendingDebits), pendingCredits.plus(other.pendingCredits));
    }

    /**
     * The posted balance on the given side: debits - credits for DEBIT, credits - debits for CREDIT.
     *
     * @param side the side to read the balance on, usually the account's normal side
     * @return the posted balance
     */
    public Money net(Side side) {
        return side == Side.DEBIT ? debits.minus(credits) : credits.minus(debits);
    }

    /**
     * Whether nothing is pending on the account.
     *
     * @return true when no pending debit or credit remains
     */
    public boolean hasNothingPending() {
        return pendingDebits.isZero() && pendingCredits.isZero();
    }

    /**
     * Posted debits equal posted credits and nothing is pending.
     *
     * @return true when the account has nothing posted net and nothing pending
     */
    public boolean isZero() {
        return debits.equals(credits) && hasNothingPending();
    }
}
