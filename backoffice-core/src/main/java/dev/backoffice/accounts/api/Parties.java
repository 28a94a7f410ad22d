package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.Actor;

import java.util.List;

/** The customers and suppliers of the actor's tenant. */
public interface Parties {

    /**
     * Registers a customer or supplier.
     *
     * @param actor   who acts
     * @param command the role, name, terms and currency
     * @return the new party
     */
    PartySnapshot register(Actor actor, RegisterParty command);

    /**
     * Replaces its details ({@code receivables.party.not_found} when the tenant has none with that id).
     *
     * @param actor   who acts
     * @param command the party and its new details
     * @return the party
     */
    PartySnapshot update(Actor actor, UpdateParty command);

    /**
     * The party; {@code receivables.party.not_found} when the tenant has none with that id.
     *
     * @param actor who reads
     * @param id    the party id
     * @return the party
     */
    PartySnapshot party(Actor actor, PartyId id);

    /**
     * The tenant's customers or suppliers by name, one page (limit 1 to 1,000).
     *
     * @param actor  who reads
     * @param role   customers or suppliers
     * @param offset how many to skip, from 0
     * @param limit  1 to 1,000
     * @return the page of parties
     */
    List<PartySnapshot> list(Actor actor, PartyRole role, int offset, int limit);
}
