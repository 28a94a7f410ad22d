package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.common.TenantId;

import java.util.Optional;

/** The currency policy of each tenant (at most one per tenant). */
public interface CurrencyPolicies {

    Optional<CurrencyPolicy> find(TenantId tenant);

    /** Stores a new policy; a second one for the tenant fails with a conflict. */
    void add(CurrencyPolicy policy);

    /** Stores a changed policy; a stale version fails with a conflict. */
    void update(CurrencyPolicy policy);
}
