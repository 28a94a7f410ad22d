package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.PayrollAccountSet;

import java.util.Optional;

/** The ledger accounts each tenant's payroll posts to: one set per tenant. */
public interface PayrollAccounts {

    /**
     * Stores the tenant's set, replacing the previous one.
     *
     * @param accounts the tenant's payroll accounts
     */
    void save(PayrollAccountSet accounts);

    /**
     * The tenant's payroll accounts.
     *
     * @param tenant the tenant the call is scoped to
     * @return the accounts, or empty before they are configured
     */
    Optional<PayrollAccountSet> find(TenantId tenant);
}
