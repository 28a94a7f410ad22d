package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.Departments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Departments in memory. Stores copies. */
public final class InMemoryDepartments implements Departments {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<DepartmentId, Department> byId = new ConcurrentHashMap<>();
    private final Map<String, DepartmentId> byCode = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryDepartments(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String codeKey(TenantId tenant, String code) {
        return tenant.value() + '\u0000' + code;
    }

    private static Department copy(Department d, long version) {
        return Department.restore(d.id(), d.tenant(), d.code(), d.name(), d.parentId().orElse(null),
                d.managerId().orElse(null), d.createdAt(), version);
    }

    @Override
    public void add(Department department) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = codeKey(department.tenant(), department.code());
        if (byCode.containsKey(key)) {
            throw new RuleViolationException(PersonnelError.DEPARTMENT_CODE_TAKEN,
                    "The department code " + department.code() + " is already used.");
        }
        if (byId.containsKey(department.id())) {
            throw new IllegalStateException("department " + department.id() + " exists already");
        }
        byId.put(department.id(), copy(department, department.version()));
        byCode.put(key, department.id());
        tx.onRollback(() -> {
            byId.remove(department.id());
            byCode.remove(key);
        });
    }

    @Override
    public void update(Department department) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Department stored = byId.get(department.id());
        if (stored == null || !stored.tenant().equals(department.tenant())) {
            throw new IllegalStateException("department " + department.id() + " is not stored");
        }
        if (stored.version() != department.version()) {
            throw new ConcurrentUpdateException("Department " + department.code() + " was changed by someone else.");
        }
        byId.put(department.id(), copy(department, department.version() + 1));
        tx.onRollback(() -> byId.put(department.id(), stored));
    }

    @Override
    public Optional<Department> find(TenantId tenant, DepartmentId id) {
        Department stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<Department> findByCode(TenantId tenant, String code) {
        DepartmentId id = byCode.get(codeKey(tenant, code));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public List<Department> findAll(TenantId tenant) {
        return byId.values().stream()
                .filter(d -> d.tenant().equals(tenant))
                .sorted(Comparator.comparing(Department::code))
                .map(d -> copy(d, d.version()))
                .toList();
    }

    @Override
    public List<Department> findChildren(TenantId tenant, DepartmentId parent) {
        return findAll(tenant).stream().filter(d -> d.parentId().filter(parent::equals).isPresent()).toList();
    }
}
