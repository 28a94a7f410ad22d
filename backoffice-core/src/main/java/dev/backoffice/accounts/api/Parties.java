package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.Actor;

import java.util.List;

/** The customers and suppliers of the actor's tenant. */
public interface Parties {

    /** Registers a customer or supplier. */
    PartySnapshot register(Actor actor, RegisterParty command);

    /** Replaces its details ({@code receivables.party.not_found} when the tenant has none with that id). */
    PartySnapshot update(Actor actor, UpdateParty command);

    /** The party; {@code receivables.party.not_found} when the tenant has none with that id. */
    PartySnapshot party(Actor actor, PartyId id);

    /** The tenant's customers or suppliers by name, one page (limit 1 to 1,000). */
    List<PartySnapshot> list(Actor actor, PartyRole role, int offset, int limit);
}
