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
 */
public record AccountStatement(AccountId account, String code, String name, Side normalSide, LocalDate from,
                               LocalDate to, Money openingBalance, Money closingBalance, List<Line> lines, int page,
                               int size, long totalLines) {

    /** One posted line with the balance after it. One of {@code debit} and {@code credit} is zero. */
    public record Line(JournalEntryId entry, LocalDate date, String description, String memo, Money debit,
                       Money credit, Money balance) {
    }

    /** {@return whether a later page holds more lines} */
    public boolean hasNextPage() {
        return (long) (page + 1) * size < totalLines;
    }
}
