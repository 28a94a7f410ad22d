package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.StockValuationPolicy;

import java.util.Optional;

/** Each tenant's stock valuation settings: its currency and the accounts its stock value posts to. */
public interface StockValuationPolicies {

    /**
     * Stores the tenant's policy, replacing the previous one.
     *
     * @param policy the tenant's new policy
     */
    void save(StockValuationPolicy policy);

    /**
     * The tenant's policy.
     *
     * @param tenant the tenant the call is scoped to
     * @return the policy, or empty while the tenant does not value its stock
     */
    Optional<StockValuationPolicy> find(TenantId tenant);
}
