package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Currency policies in memory, one per tenant. */
public final class InMemoryCurrencyPolicies implements CurrencyPolicies {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TenantId, CurrencyPolicy> policies = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryCurrencyPolicies(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static CurrencyPolicy copy(CurrencyPolicy p, long version) {
        return CurrencyPolicy.restore(p.tenant(), p.functionalCurrency(), p.exchangeGainAccount().orElse(null),
                p.exchangeLossAccount().orElse(null), version);
    }

    @Override
    public Optional<CurrencyPolicy> find(TenantId tenant) {
        CurrencyPolicy stored = policies.get(tenant);
        return stored == null ? Optional.empty() : Optional.of(copy(stored, stored.version()));
    }

    @Override
    public void add(CurrencyPolicy policy) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (policies.putIfAbsent(policy.tenant(), copy(policy, policy.version())) != null) {
            throw new ConcurrentUpdateException("The currency policy of tenant " + policy.tenant() + " was set by someone else.");
        }
        tx.onRollback(() -> policies.remove(policy.tenant()));
    }

    @Override
    public void update(CurrencyPolicy policy) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        CurrencyPolicy stored = policies.get(policy.tenant());
        if (stored == null) {
            throw new IllegalStateException("the currency policy of tenant " + policy.tenant() + " is not stored");
        }
        if (stored.version() != policy.version()) {
            throw new ConcurrentUpdateException("The currency policy of tenant " + policy.tenant() + " was changed by someone else.");
        }
        policies.put(policy.tenant(), copy(policy, policy.version() + 1));
        tx.onRollback(() -> policies.put(policy.tenant(), stored));
    }
}
