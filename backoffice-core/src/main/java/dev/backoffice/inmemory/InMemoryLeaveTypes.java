package dev.backoffice.inmemory;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.LeaveTypes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Leave types in memory. They never change once defined, so the store keeps the objects it is given. */
public final class InMemoryLeaveTypes implements LeaveTypes {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<LeaveTypeId, LeaveType> byId = new ConcurrentHashMap<>();
    private final Map<String, LeaveTypeId> byCode = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryLeaveTypes(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String codeKey(TenantId tenant, String code) {
        return tenant.value() + '\u0000' + code;
    }

    @Override
    public void add(LeaveType type) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = codeKey(type.tenant(), type.code());
        if (byCode.containsKey(key)) {
            throw new RuleViolationException(PersonnelError.LEAVE_TYPE_CODE_TAKEN,
                    "The leave type code " + type.code() + " is already used.");
        }
        if (byId.putIfAbsent(type.id(), type) != null) {
            throw new IllegalStateException("leave type " + type.id() + " exists already");
        }
        byCode.put(key, type.id());
        tx.onRollback(() -> {
            byId.remove(type.id());
            byCode.remove(key);
        });
    }

    @Override
    public Optional<LeaveType> find(TenantId tenant, LeaveTypeId id) {
        LeaveType stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Optional<LeaveType> findByCode(TenantId tenant, String code) {
        LeaveTypeId id = byCode.get(codeKey(tenant, code));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public List<LeaveType> findAll(TenantId tenant) {
        return byId.values().stream().filter(t -> t.tenant().equals(tenant))
                .sorted(Comparator.comparing(LeaveType::code)).toList();
    }
}
