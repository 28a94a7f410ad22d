package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.EmployeeRecords;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Employee records in memory. Stores copies, so a caller's object never changes the store behind its back. */
public final class InMemoryEmployeeRecords implements EmployeeRecords {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<EmployeeId, Employee> byId = new ConcurrentHashMap<>();
    private final Map<String, EmployeeId> byNumber = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryEmployeeRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String numberKey(TenantId tenant, String number) {
        return tenant.value() + '\u0000' + number;
    }

    private static Employee copy(Employee e, long version) {
        return Employee.restore(e.id(), e.tenant(), e.number(), e.name(), e.contact(), e.hireDate(),
                e.terminationDate().orElse(null), e.terminationReason().orElse(null), e.departmentId().orElse(null),
                e.positionId().orElse(null), e.actorId().orElse(null), e.status(), e.createdAt(), version);
    }

    @Override
    public void add(Employee employee) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = numberKey(employee.tenant(), employee.number());
        if (byNumber.containsKey(key)) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_NUMBER_TAKEN,
                    "The employee number " + employee.number() + " is already used.");
        }
        if (byId.containsKey(employee.id())) {
            throw new IllegalStateException("employee " + employee.id() + " exists already");
        }
        byId.put(employee.id(), copy(employee, employee.version()));
        byNumber.put(key, employee.id());
        tx.onRollback(() -> {
            byId.remove(employee.id());
            byNumber.remove(key);
        });
    }

    @Override
    public void update(Employee employee) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Employee stored = byId.get(employee.id());
        if (stored == null || !stored.tenant().equals(employee.tenant())) {
            throw new IllegalStateException("employee " + employee.id() + " is not stored");
        }
        if (stored.version() != employee.version()) {
            throw new ConcurrentUpdateException("Employee " + employee.number() + " was changed by someone else.");
        }
        byId.put(employee.id(), copy(employee, employee.version() + 1));
        tx.onRollback(() -> byId.put(employee.id(), stored));
    }

    @Override
    public Optional<Employee> find(TenantId tenant, EmployeeId id) {
        Employee stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<Employee> findByNumber(TenantId tenant, String number) {
        EmployeeId id = byNumber.get(numberKey(tenant, number));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public List<Employee> findAll(TenantId tenant) {
        return byId.values().stream()
                .filter(e -> e.tenant().equals(tenant))
                .sorted(Comparator.comparing(Employee::number))
                .map(e -> copy(e, e.version()))
                .toList();
    }

    @Override
    public Optional<Employee> findByActor(TenantId tenant, String actorId) {
        return byId.values().stream()
                .filter(e -> e.tenant().equals(tenant) && e.actorId().filter(actorId::equals).isPresent())
                .min(Comparator.comparing(Employee::number))
                .map(e -> copy(e, e.version()));
    }

    @Override
    public List<Employee> findByDepartment(TenantId tenant, DepartmentId department) {
        return findAll(tenant).stream().filter(e -> e.departmentId().filter(department::equals).isPresent()).toList();
    }
}
