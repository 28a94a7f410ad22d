package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyRole;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Currency;

/**
 * Receivables (customers) or payables (suppliers) aging in one currency at the end of {@code asOf}.
 *
 * @param role customers or suppliers
 * @param currency the currency
 * @param asOf the last day counted
 */
public record AgingRequest(@NotNull PartyRole role, @NotNull Currency currency, @NotNull LocalDate asOf) {

    /**
     * The aging of what customers owe.
     *
     * @param currency the currency of the documents
     * @param asOf     the day the ages are counted at
     * @return the request
     */
    public static AgingRequest receivables(Currency currency, LocalDate asOf) {
        return new AgingRequest(PartyRole.CUSTOMER, currency, asOf);
    }

    /**
     * The aging of what the tenant owes its suppliers.
     *
     * @param currency the currency of the documents
     * @param asOf     the day the ages are counted at
     * @return the request
     */
    public static AgingRequest payables(Currency currency, LocalDate asOf) {
        return new AgingRequest(PartyRole.SUPPLIER, currency, asOf);
    }
}
