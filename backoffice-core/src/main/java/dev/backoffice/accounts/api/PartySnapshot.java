package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;

import java.time.Instant;
import java.util.Currency;

/**
 * A customer or supplier. Optional fields are null when absent.
 *
 * @param id the id
 * @param role customers or suppliers
 * @param name the party name
 * @param taxId the tax id, or null
 * @param billingAddress the billing address, or null
 * @param shippingAddress the shipping address, or null
 * @param paymentTermsDays days from the issue date to the due date
 * @param currency the currency of its documents
 * @param createdAt when it was created
 */
public record PartySnapshot(PartyId id, PartyRole role, String name, String taxId, Address billingAddress,
                            Address shippingAddress, int paymentTermsDays, Currency currency, Instant createdAt) {

    /**
     * The snapshot of a party.
     *
     * @param party the party
     * @return its read-only view
     */
    public static PartySnapshot of(Party party) {
        return new PartySnapshot(party.id(), party.role(), party.name(), party.taxId().orElse(null),
                party.billingAddress().orElse(null), party.shippingAddress().orElse(null),
                party.paymentTerms().netDays(), party.currency(), party.createdAt());
    }
}
