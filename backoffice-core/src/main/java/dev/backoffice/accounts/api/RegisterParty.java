package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.PartyRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Currency;

/**
 * Registers a customer or a supplier.
 *
 * @param paymentTermsDays net days from the issue date of a document to its due date (0 to 365)
 * @param currency         the currency of the party's documents
 * @param idempotencyKey   optional: the same key again returns the first party
 */
public record RegisterParty(@NotNull PartyRole role,
                            @NotBlank @Size(max = 200) String name,
                            @Size(max = 64) String taxId,
                            @Valid Address billingAddress,
                            @Valid Address shippingAddress,
                            @Min(0) @Max(365) int paymentTermsDays,
                            @NotNull Currency currency,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /** A customer without tax id or addresses. */
    public static RegisterParty customer(String name, int paymentTermsDays, Currency currency) {
        return new RegisterParty(PartyRole.CUSTOMER, name, null, null, null, paymentTermsDays, currency, null);
    }

    /** A supplier without tax id or addresses. */
    public static RegisterParty supplier(String name, int paymentTermsDays, Currency currency) {
        return new RegisterParty(PartyRole.SUPPLIER, name, null, null, null, paymentTermsDays, currency, null);
    }

    public RegisterParty withTaxId(String value) {
        return new RegisterParty(role, name, value, billingAddress, shippingAddress, paymentTermsDays, currency,
                idempotencyKey);
    }

    public RegisterParty withAddresses(Address billing, Address shipping) {
        return new RegisterParty(role, name, taxId, billing, shipping, paymentTermsDays, currency, idempotencyKey);
    }

    public RegisterParty withIdempotencyKey(String key) {
        return new RegisterParty(role, name, taxId, billingAddress, shippingAddress, paymentTermsDays, currency, key);
    }
}
