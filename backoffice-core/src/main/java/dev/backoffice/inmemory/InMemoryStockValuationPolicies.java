package dev.backoffice.inmemory;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.StockValuationPolicy;
import dev.backoffice.stock.spi.StockValuationPolicies;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stock valuation policies in memory, one per tenant. */
public final class InMemoryStockValuationPolicies implements StockValuationPolicies {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TenantId, StockValuationPolicy> byTenant = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockValuationPolicies(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(StockValuationPolicy policy) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        StockValuationPolicy earlier = byTenant.put(policy.tenant(), policy);
        tx.onRollback(() -> {
            if (earlier == null) {
                byTenant.remove(policy.tenant());
            } else {
                byTenant.put(policy.tenant(), earlier);
            }
        });
    }

    @Override
    public Optional<StockValuationPolicy> find(TenantId tenant) {
        return Optional.ofNullable(byTenant.get(tenant));
    }
}
