package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.time.LocalDate;

/** A posted line of an account that no active reconciliation holds, as the reconciliation listing shows it. */
public record UnreconciledLine(JournalLineRef ref, LocalDate accountingDate, String description, String memo, Side side,
                               Money amount) {
}
