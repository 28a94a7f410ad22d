package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.StockValuationPolicy;

import java.util.Optional;

/** Each tenant's stock valuation settings: its currency and the accounts its stock value posts to. */
public interface StockValuationPolicies {

    /** Stores the tenant's policy, replacing the previous one. */
    void save(StockValuationPolicy policy);

    Optional<StockValuationPolicy> find(TenantId tenant);
}
