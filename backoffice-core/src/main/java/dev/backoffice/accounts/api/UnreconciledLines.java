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
 * @param account the account
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param lines its lines
 * @param page the page number, from 0
 * @param size the number of lines per page
 */
public record UnreconciledLines(AccountId account, LocalDate from, LocalDate to, List<Line> lines, int page, int size,
                                long totalLines) {

    /**
     * An unreconciled line: what to name in {@link ReconcileLines}, and what it says.
     *
     * @param line the line reference
     * @param accountingDate the date it counts on
     * @param description what it records
     * @param memo optional text, or null
     * @param side debit or credit
     * @param amount the amount
     */
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
