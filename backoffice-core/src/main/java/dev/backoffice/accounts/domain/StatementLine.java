package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.time.LocalDate;

/**
 * A posted line of an account, as an account statement shows it.
 *
 * @param runningNet the sum of debits minus credits over the statement range, through this line
 * @param entryId the journal entry
 * @param accountingDate the date it counts on
 * @param lineNo the line number, from 1
 * @param description what it records
 * @param memo optional text, or null
 * @param side debit or credit
 * @param amount the amount
 */
public record StatementLine(JournalEntryId entryId, LocalDate accountingDate, int lineNo, String description,
                            String memo, Side side, Money amount, Money runningNet) {
}
