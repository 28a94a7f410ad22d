package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of an account statement. Balances are on the account's normal side.
 *
 * @param openingBalance the balance at the end of the day before {@code from}
 * @param closingBalance the balance at the end of {@code to} (the whole range, not the page)
 * @param totalLines     the number of lines in the whole range
 * @param account the account
 * @param code the account code
 * @param name the account name
 * @param normalSide the side its balance is reported on
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param lines its lines
 * @param page the page number, from 0
 * @param size the number of lines per page
 */
public record AccountStatement(AccountId account, String code, String name, Side normalSide, LocalDate from,
                               LocalDate to, Money openingBalance, Money closingBalance, List<Line> lines, int page,
                               int size, long totalLines) {

    /**
     * One posted line with the balance after it. One of {@code debit} and {@code credit} is zero.
     *
     * @param entry the journal entry
     * @param date the date
     * @param description what it records
     * @param memo optional text, or null
     * @param debit the debit amount, zero for a credit line
     * @param credit the credit amount, zero for a debit line
     * @param balance the balance after the line
     */
    public record Line(JournalEntryId entry, LocalDate date, String description, String memo, Money debit,
                       Money credit, Money balance) {
    }

    /** {@return whether a later page holds more lines} */
    public boolean hasNextPage() {
        return (long) (page + 1) * size < totalLines;
    }
}
