package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the posted lines of an account that no active reconciliation holds, in a date range
 * (both ends inclusive), ordered by date, then entry, then line number.
 *
 * @param totalLines the number of unreconciled lines in the whole range
 */
public record UnreconciledLines(AccountId account, LocalDate from, LocalDate to, List<Line> lines, int page, int size,
                                long totalLines) {

    /** An unreconciled line: what to name in {@link ReconcileLines}, and what it says. */
    public record Line(JournalLineRef line, LocalDate accountingDate, String description, String memo, Side side,
                       Money amount) {

        /**
         * The amount signed as debit minus credit.
         *
         * @return the amount, negative for a credit
         */
        public Money signedAmount() {
            return side == Side.DEBIT ? amount : amount.negate();
        }
    }

    /** {@return whether a later page holds more lines} */
    public boolean hasNextPage() {
        return (long) (page + 1) * size < totalLines;
    }
}
