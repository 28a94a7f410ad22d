package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.time.LocalDate;

/**
 * A posted line of an account that no active reconciliation holds, as the reconciliation listing shows it.
 *
 * @param ref the line reference
 * @param accountingDate the date it counts on
 * @param description what it records
 * @param memo optional text, or null
 * @param side debit or credit
 * @param amount the amount
 */
public record UnreconciledLine(JournalLineRef ref, LocalDate accountingDate, String description, String memo, Side side,
                               Money amount) {
}
