package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.util.Currency;
import java.util.Objects;

/**
 * The running totals of an account: all posted debits and credits, and the debits and credits of
 * pending entries not yet posted, voided or expired. Kept up to date on every posting so that a
 * current balance is read in constant time. As a delta, any component may be negative (a pending
 * amount released).
 */
public record AccountBalance(AccountId accountId, Money debits, Money credits, Money pendingDebits,
                             Money pendingCredits) {

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

    /** Posted totals without pending amounts. */
    public AccountBalance(AccountId accountId, Money debits, Money credits) {
        this(accountId, debits, credits, Money.zero(debits.currency()), Money.zero(debits.currency()));
    }

    public static AccountBalance zero(AccountId accountId, Currency currency) {
        Money zero = Money.zero(currency);
        return new AccountBalance(accountId, zero, zero, zero, zero);
    }

    public Currency currency() {
        return debits.currency();
    }

    /** Adds one posted amount on a side. */
    public AccountBalance plus(Side side, Money amount) {
        return side == Side.DEBIT
                ? new AccountBalance(accountId, debits.plus(amount), credits, pendingDebits, pendingCredits)
                : new AccountBalance(accountId, debits, credits.plus(amount), pendingDebits, pendingCredits);
    }

    /** Adds one pending amount on a side (negative to release it). */
    public AccountBalance plusPending(Side side, Money amount) {
        return side == Side.DEBIT
                ? new AccountBalance(accountId, debits, credits, pendingDebits.plus(amount), pendingCredits)
                : new AccountBalance(accountId, debits, credits, pendingDebits, pendingCredits.plus(amount));
    }

    /** Adds another balance's totals, pending included (used by roll-ups and deltas). */
    public AccountBalance plus(AccountBalance other) {
        return new AccountBalance(accountId, debits.plus(other.debits), credits.plus(other.credits),
                pendingDebits.plus(other.pendingDebits), pendingCredits.plus(other.pendingCredits));
    }

    /** The posted balance on the given side: debits - credits for DEBIT, credits - debits for CREDIT. */
    public Money net(Side side) {
        return side == Side.DEBIT ? debits.minus(credits) : credits.minus(debits);
    }

    /** Whether nothing is pending on the account. */
    public boolean hasNothingPending() {
        return pendingDebits.isZero() && pendingCredits.isZero();
    }

    /** Posted debits equal posted credits and nothing is pending. */
    public boolean isZero() {
        return debits.equals(credits) && hasNothingPending();
    }
}
