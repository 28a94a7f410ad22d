package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fiscal years in memory. The store's single lock already orders postings against period closes. */
public final class InMemoryFiscalYears implements FiscalYears {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<FiscalYearId, FiscalYear> years = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryFiscalYears(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static FiscalYear copy(FiscalYear y, long version) {
        return FiscalYear.restore(y.id(), y.tenant(), y.name(), y.periods(), y.lockDate().orElse(null), version);
    }

    @Override
    public void add(FiscalYear year) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (years.putIfAbsent(year.id(), copy(year, year.version())) != null) {
            throw new IllegalStateException("fiscal year " + year.id() + " exists already");
        }
        tx.onRollback(() -> years.remove(year.id()));
    }

    @Override
    public void update(FiscalYear year) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        FiscalYear stored = years.get(year.id());
        if (stored == null || !stored.tenant().equals(year.tenant())) {
            throw new IllegalStateException("fiscal year " + year.id() + " is not stored");
        }
        if (stored.version() != year.version()) {
            throw new ConcurrentUpdateException("Fiscal year " + year.name() + " was changed by someone else.");
        }
        years.put(year.id(), copy(year, year.version() + 1));
        tx.onRollback(() -> years.put(year.id(), stored));
    }

    @Override
    public Optional<FiscalYear> find(TenantId tenant, FiscalYearId id) {
        FiscalYear stored = years.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<FiscalYear> findForPosting(TenantId tenant, LocalDate date) {
        for (FiscalYear year : years.values()) {
            if (year.tenant().equals(tenant) && year.contains(date)) {
                return Optional.of(year); // read only (see the port): stored years are replaced, never changed
            }
        }
        return Optional.empty();
    }

    @Override
    public List<FiscalYear> findAll(TenantId tenant) {
        return years.values().stream()
                .filter(y -> y.tenant().equals(tenant))
                .sorted(Comparator.comparing(FiscalYear::startDate))
                .map(y -> copy(y, y.version()))
                .toList();
    }

    @Override
    public int lockAll(TenantId tenant) {
        // the in-memory unit of work runs one writer at a time: holding it is the lock
        unitOfWork.transaction();
        int count = 0;
        for (FiscalYear year : years.values()) {
            if (year.tenant().equals(tenant)) {
                count++;
            }
        }
        return count;
    }
}
