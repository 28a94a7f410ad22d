package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Gateway charges in memory, stored as copies. */
public final class InMemoryGatewayCharges implements GatewayCharges {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<GatewayChargeId, GatewayCharge> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryGatewayCharges(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static GatewayCharge copy(GatewayCharge c, long version) {
        return GatewayCharge.restore(c.id(), c.tenant(), c.party(), c.invoice().orElse(null), c.amount(), c.status(),
                c.gatewayReference().orElse(null), c.pendingEntry().orElse(null), c.payment().orElse(null),
                c.captured(), c.refunded(), c.declineReason().orElse(null), c.transactions(), c.createdBy(),
                c.createdAt(), version);
    }

    @Override
    public void add(GatewayCharge charge) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(charge.id(), copy(charge, charge.version())) != null) {
            throw new IllegalStateException("gateway charge " + charge.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(charge.id()));
    }

    @Override
    public void update(GatewayCharge charge) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        GatewayCharge stored = byId.get(charge.id());
        if (stored == null || !stored.tenant().equals(charge.tenant())) {
            throw new IllegalStateException("gateway charge " + charge.id() + " is not stored");
        }
        if (stored.version() != charge.version()) {
            throw new ConcurrentUpdateException("Gateway charge " + charge.id() + " was changed by someone else.");
        }
        byId.put(charge.id(), copy(charge, charge.version() + 1));
        tx.onRollback(() -> byId.put(charge.id(), stored));
    }

    @Override
    public Optional<GatewayCharge> find(TenantId tenant, GatewayChargeId id) {
        GatewayCharge stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }
}
