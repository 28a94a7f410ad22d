package dev.backoffice.accounts.api;

import jakarta.validation.constraints.NotNull;

import java.util.Currency;

/**
 * The tenant's functional currency: the currency its books are kept and reported in.
 *
 * @param currency the currency the tenant reports in; set once
 */
public record SetFunctionalCurrency(@NotNull Currency currency) {
}
