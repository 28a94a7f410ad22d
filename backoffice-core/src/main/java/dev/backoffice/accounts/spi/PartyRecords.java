package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.TenantId;

import java.util.List;
import java.util.Optional;

/** The stored customers and suppliers. */
public interface PartyRecords {

    /**
     * Stores a new party in the current unit of work.
     *
     * @param party the new party
     */
    void add(Party party);

    /**
     * Stores a changed party; fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is not the one the party was loaded with.
     *
     * @param party the changed party
     */
    void update(Party party);

    /**
     * The party of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the party id
     * @return the party, or empty
     */
    Optional<Party> find(TenantId tenant, PartyId id);

    /**
     * The tenant's parties with the role, by name then id, from {@code offset}, at most {@code limit}.
     *
     * @param tenant the tenant
     * @param role   customers or suppliers
     * @param offset how many to skip
     * @param limit  at most this many
     * @return the parties
     */
    List<Party> list(TenantId tenant, PartyRole role, int offset, int limit);
}
