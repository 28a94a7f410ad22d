package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.common.TenantId;

import java.util.Optional;

/** The currency policy of each tenant (at most one per tenant). */
public interface CurrencyPolicies {

    /**
     * The tenant's currency policy, empty while it has no functional currency.
     *
     * @param tenant the tenant
     * @return the policy, or empty
     */
    Optional<CurrencyPolicy> find(TenantId tenant);

    /**
     * Stores a new policy; a second one for the tenant fails with a conflict.
     *
     * @param policy the new policy
     */
    void add(CurrencyPolicy policy);

    /**
     * Stores a changed policy; a stale version fails with a conflict.
     *
     * @param policy the changed policy
     */
    void update(CurrencyPolicy policy);
}
