package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Currency;

/**
 * What is open with customers (receivables) or suppliers (payables) in one currency at the end of
 * a day, for every party or one.
 *
 * @param party null for every party of the role
 * @param role customers or suppliers
 * @param currency the currency
 * @param asOf the last day counted
 */
public record OpenItemsRequest(@NotNull PartyRole role, @NotNull Currency currency, @NotNull LocalDate asOf,
                               PartyId party) {

    /**
     * What customers owe at the end of a day.
     *
     * @param currency the currency of the documents
     * @param asOf     the day
     * @return the request
     */
    public static OpenItemsRequest receivables(Currency currency, LocalDate asOf) {
        return new OpenItemsRequest(PartyRole.CUSTOMER, currency, asOf, null);
    }

    /**
     * What the tenant owes its suppliers at the end of a day.
     *
     * @param currency the currency of the documents
     * @param asOf     the day
     * @return the request
     */
    public static OpenItemsRequest payables(Currency currency, LocalDate asOf) {
        return new OpenItemsRequest(PartyRole.SUPPLIER, currency, asOf, null);
    }
}
