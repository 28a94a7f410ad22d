package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.common.TenantId;

import java.util.Optional;

/** The stored gateway charges. */
public interface GatewayCharges {

    /**
     * Stores a new charge in the current unit of work.
     *
     * @param charge the new charge
     */
    void add(GatewayCharge charge);

    /**
     * Stores a changed charge; fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is not the one it was loaded with, so that a use case and a gateway
     * notification never both apply the same capture.
     *
     * @param charge the changed charge
     */
    void update(GatewayCharge charge);

    /**
     * The charge of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the charge id
     * @return the charge, or empty
     */
    Optional<GatewayCharge> find(TenantId tenant, GatewayChargeId id);
}
