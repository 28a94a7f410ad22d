package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.time.LocalDate;

/**
 * A posted line of an account, as an account statement shows it.
 *
 * @param runningNet the sum of debits minus credits over the statement range, through this line
 */
public record StatementLine(JournalEntryId entryId, LocalDate accountingDate, int lineNo, String description,
                            String memo, Side side, Money amount, Money runningNet) {
}
