package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.common.TenantId;

import java.util.Currency;
import java.util.Optional;

/** The posting accounts and approval threshold of each tenant, one configuration per currency. */
public interface ReceivablesConfigurations {

    /**
     * Stores the configuration of its tenant and currency in the current unit of work, replacing any earlier
     * one.
     *
     * @param configuration the configuration
     */
    void save(ReceivablesConfiguration configuration);

    /**
     * The configuration of the tenant for a currency, empty when there is none.
     *
     * @param tenant   the tenant
     * @param currency the currency
     * @return the configuration, or empty
     */
    Optional<ReceivablesConfiguration> find(TenantId tenant, Currency currency);
}
