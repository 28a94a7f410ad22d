package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A posted journal line matched in a {@link Reconciliation}: which line it is, and the date, side
 * and amount it had when it was matched (a posted line never changes, so they stay true).
 *
 * @param ref the line reference
 * @param accountingDate the date it counts on
 * @param side debit or credit
 * @param amount the amount
 */
public record ReconciledLine(JournalLineRef ref, LocalDate accountingDate, Side side, Money amount) {

    /**
     * Requires every component.
     *
     * @param ref the ref
     * @param accountingDate the accounting date
     * @param side debit or credit
     * @param amount the amount
     */
    public ReconciledLine {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(accountingDate, "accountingDate");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * The amount signed as debit minus credit.
     *
     * @return the signed amount
     */
    public Money signedAmount() {
        return side == Side.DEBIT ? amount : amount.negate();
    }
}
