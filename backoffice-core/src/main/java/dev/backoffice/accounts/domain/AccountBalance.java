package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.util.Currency;
import java.util.Objects;

/**
 * The running totals of an account: all posted debits and all posted credits. Kept up to date on
 * every posting so that the current balance is read in constant time.
 */
public record AccountBalance(AccountId accountId, Money debits, Money credits) {

    public AccountBalance {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(debits, "debits");
        Objects.requireNonNull(credits, "credits");
        if (!debits.hasSameCurrencyAs(credits)) {
            throw new IllegalArgumentException("debits and credits must share a currency");
        }
    }

    public static AccountBalance zero(AccountId accountId, Currency currency) {
        return new AccountBalance(accountId, Money.zero(currency), Money.zero(currency));
    }

    public Currency currency() {
        return debits.currency();
    }

    /** Adds one posted amount on a side. */
    public AccountBalance plus(Side side, Money amount) {
        return side == Side.DEBIT
                ? new AccountBalance(accountId, debits.plus(amount), credits)
                : new AccountBalance(accountId, debits, credits.plus(amount));
    }

    /** Adds another balance's totals (used by roll-ups and deltas). */
    public AccountBalance plus(AccountBalance other) {
        return new AccountBalance(accountId, debits.plus(other.debits), credits.plus(other.credits));
    }

    /** The balance on the given side: debits - credits for DEBIT, credits - debits for CREDIT. */
    public Money net(Side side) {
        return side == Side.DEBIT ? debits.minus(credits) : credits.minus(debits);
    }

    public boolean isZero() {
        return debits.equals(credits);
    }
}
