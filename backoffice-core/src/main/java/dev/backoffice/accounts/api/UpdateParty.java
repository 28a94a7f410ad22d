package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.PartyId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Currency;

/**
 * Replaces the details of a party; its role never changes, documents already issued keep theirs.
 *
 * @param party the customer or supplier
 * @param name the party name
 * @param taxId the tax id, or null
 * @param billingAddress the billing address, or null
 * @param shippingAddress the shipping address, or null
 * @param paymentTermsDays days from the issue date to the due date
 * @param currency the currency of its documents
 */
public record UpdateParty(@NotNull PartyId party,
                          @NotBlank @Size(max = 200) String name,
                          @Size(max = 64) String taxId,
                          @Valid Address billingAddress,
                          @Valid Address shippingAddress,
                          @Min(0) @Max(365) int paymentTermsDays,
                          @NotNull Currency currency) {
}
