package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.PayrollAccountSet;

import java.util.Optional;

/** The ledger accounts each tenant's payroll posts to: one set per tenant. */
public interface PayrollAccounts {

    /** Stores the tenant's set, replacing the previous one. */
    void save(PayrollAccountSet accounts);

    Optional<PayrollAccountSet> find(TenantId tenant);
}
