package dev.backoffice.accounts.api;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A revaluation of the open foreign-currency balances at {@code asOf} (usually a period end).
 *
 * @param asOf the last day counted
 */
public record RevalueBalances(@NotNull LocalDate asOf) {
}
