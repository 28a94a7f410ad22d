package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * The statement of a customer or supplier from {@code from} to {@code to}, both included.
 *
 * @param party the customer or supplier
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 */
public record PartyStatementRequest(@NotNull PartyId party, @NotNull LocalDate from, @NotNull LocalDate to) {
}
