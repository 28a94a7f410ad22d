package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;

import java.time.Instant;
import java.util.Currency;

/** A customer or supplier. Optional fields are null when absent. */
public record PartySnapshot(PartyId id, PartyRole role, String name, String taxId, Address billingAddress,
                            Address shippingAddress, int paymentTermsDays, Currency currency, Instant createdAt) {

    /**
     * @param party the party
     * @return its read-only view
     */
    public static PartySnapshot of(Party party) {
        return new PartySnapshot(party.id(), party.role(), party.name(), party.taxId().orElse(null),
                party.billingAddress().orElse(null), party.shippingAddress().orElse(null),
                party.paymentTerms().netDays(), party.currency(), party.createdAt());
    }
}
