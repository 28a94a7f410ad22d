package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.spi.PartyRecords;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers and suppliers in memory, stored as copies. */
public final class InMemoryPartyRecords implements PartyRecords {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<PartyId, Party> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPartyRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Party copy(Party p, long version) {
        return Party.restore(p.id(), p.tenant(), p.role(), p.name(), p.taxId().orElse(null),
                p.billingAddress().orElse(null), p.shippingAddress().orElse(null), p.paymentTerms(), p.currency(),
                p.createdAt(), version);
    }

    @Override
    public void add(Party party) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(party.id(), copy(party, party.version())) != null) {
            throw new IllegalStateException("party " + party.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(party.id()));
    }

    @Override
    public void update(Party party) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Party stored = byId.get(party.id());
        if (stored == null || !stored.tenant().equals(party.tenant())) {
            throw new IllegalStateException("party " + party.id() + " is not stored");
        }
        if (stored.version() != party.version()) {
            throw new ConcurrentUpdateException("Party " + party.id() + " was changed by someone else.");
        }
        byId.put(party.id(), copy(party, party.version() + 1));
        tx.onRollback(() -> byId.put(party.id(), stored));
    }

    @Override
    public Optional<Party> find(TenantId tenant, PartyId id) {
        Party stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<Party> list(TenantId tenant, PartyRole role, int offset, int limit) {
        return byId.values().stream()
                .filter(p -> p.tenant().equals(tenant) && p.role() == role)
                .sorted(Comparator.comparing(Party::name).thenComparing(p -> p.id().value()))
                .skip(offset)
                .limit(limit)
                .map(p -> copy(p, p.version()))
                .toList();
    }
}
