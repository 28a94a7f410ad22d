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
 * @param role customers or suppliers
 * @param name the party name
 * @param taxId the tax id, or null
 * @param billingAddress the billing address, or null
 * @param shippingAddress the shipping address, or null
 */
public record RegisterParty(@NotNull PartyRole role,
                            @NotBlank @Size(max = 200) String name,
                            @Size(max = 64) String taxId,
                            @Valid Address billingAddress,
                            @Valid Address shippingAddress,
                            @Min(0) @Max(365) int paymentTermsDays,
                            @NotNull Currency currency,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A customer without tax id or addresses.
     *
     * @param name             the name
     * @param paymentTermsDays days until a document falls due
     * @param currency         the currency of its documents
     * @return the command
     */
    public static RegisterParty customer(String name, int paymentTermsDays, Currency currency) {
        return new RegisterParty(PartyRole.CUSTOMER, name, null, null, null, paymentTermsDays, currency, null);
    }

    /**
     * A supplier without tax id or addresses.
     *
     * @param name             the name
     * @param paymentTermsDays days until a document falls due
     * @param currency         the currency of its documents
     * @return the command
     */
    public static RegisterParty supplier(String name, int paymentTermsDays, Currency currency) {
        return new RegisterParty(PartyRole.SUPPLIER, name, null, null, null, paymentTermsDays, currency, null);
    }

    /**
     * The same party with a tax id.
     *
     * @param value the tax id
     * @return the command
     */
    public RegisterParty withTaxId(String value) {
        return new RegisterParty(role, name, value, billingAddress, shippingAddress, paymentTermsDays, currency,
                idempotencyKey);
    }

    /**
     * The same party with addresses.
     *
     * @param billing  the billing address, or null
     * @param shipping the shipping address, or null
     * @return the command
     */
    public RegisterParty withAddresses(Address billing, Address shipping) {
        return new RegisterParty(role, name, taxId, billing, shipping, paymentTermsDays, currency, idempotencyKey);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key 1 to 128 characters
     * @return the command with the key
     */
    public RegisterParty withIdempotencyKey(String key) {
        return new RegisterParty(role, name, taxId, billingAddress, shippingAddress, paymentTermsDays, currency, key);
    }
}
