package dev.backoffice.inmemory;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.PayrollAccountSet;
import dev.backoffice.personnel.spi.PayrollAccounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Payroll account sets in memory, one per tenant (immutable records, stored as given). */
public final class InMemoryPayrollAccounts implements PayrollAccounts {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TenantId, PayrollAccountSet> byTenant = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPayrollAccounts(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(PayrollAccountSet accounts) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        PayrollAccountSet before = byTenant.put(accounts.tenant(), accounts);
        tx.onRollback(() -> {
            if (before == null) {
                byTenant.remove(accounts.tenant());
            } else {
                byTenant.put(accounts.tenant(), before);
            }
        });
    }

    @Override
    public Optional<PayrollAccountSet> find(TenantId tenant) {
        return Optional.ofNullable(byTenant.get(tenant));
    }
}
