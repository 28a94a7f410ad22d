package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.spi.EmploymentContracts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Employment contracts in memory, one per employee. Stores copies. */
public final class InMemoryEmploymentContracts implements EmploymentContracts {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<EmployeeId, EmploymentContract> byEmployee = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryEmploymentContracts(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static EmploymentContract copy(EmploymentContract c, long version) {
        return EmploymentContract.restore(c.employeeId(), c.tenant(), c.versions(), version);
    }

    @Override
    public void add(EmploymentContract contract) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byEmployee.putIfAbsent(contract.employeeId(), copy(contract, contract.version())) != null) {
            throw new IllegalStateException("employee " + contract.employeeId() + " has a contract already");
        }
        tx.onRollback(() -> byEmployee.remove(contract.employeeId()));
    }

    @Override
    public void update(EmploymentContract contract) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        EmploymentContract stored = byEmployee.get(contract.employeeId());
        if (stored == null || !stored.tenant().equals(contract.tenant())) {
            throw new IllegalStateException("the contract of " + contract.employeeId() + " is not stored");
        }
        if (stored.version() != contract.version()) {
            throw new ConcurrentUpdateException("The contract was changed by someone else.");
        }
        byEmployee.put(contract.employeeId(), copy(contract, contract.version() + 1));
        tx.onRollback(() -> byEmployee.put(contract.employeeId(), stored));
    }

    @Override
    public Optional<EmploymentContract> find(TenantId tenant, EmployeeId employee) {
        EmploymentContract stored = byEmployee.get(employee);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<EmploymentContract> findAll(TenantId tenant) {
        return byEmployee.values().stream()
                .filter(c -> c.tenant().equals(tenant))
                .sorted(Comparator.comparing(c -> c.employeeId().value()))
                .map(c -> copy(c, c.version()))
                .toList();
    }
}
