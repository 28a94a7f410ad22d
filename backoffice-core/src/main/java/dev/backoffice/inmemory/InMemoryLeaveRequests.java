package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.spi.LeaveRequests;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Leave requests in memory. Stores copies. */
public final class InMemoryLeaveRequests implements LeaveRequests {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<LeaveRequestId, LeaveRequest> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryLeaveRequests(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static LeaveRequest copy(LeaveRequest r, long version) {
        return LeaveRequest.restore(r.id(), r.tenant(), r.employeeId(), r.leaveTypeId(), r.from(), r.to(),
                r.startsAfternoon(), r.endsAtNoon(), r.days(), r.firstYearDays(), r.status(), r.requestedBy(), r.requestedAt(),
                r.decidedBy().orElse(null), r.decidedAt().orElse(null), r.note().orElse(null), version);
    }

    @Override
    public void add(LeaveRequest request) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(request.id(), copy(request, request.version())) != null) {
            throw new IllegalStateException("leave request " + request.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(request.id()));
    }

    @Override
    public void update(LeaveRequest request) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        LeaveRequest stored = byId.get(request.id());
        if (stored == null || !stored.tenant().equals(request.tenant())) {
            throw new IllegalStateException("leave request " + request.id() + " is not stored");
        }
        if (stored.version() != request.version()) {
            throw new ConcurrentUpdateException("The leave request was changed by someone else.");
        }
        byId.put(request.id(), copy(request, request.version() + 1));
        tx.onRollback(() -> byId.put(request.id(), stored));
    }

    @Override
    public Optional<LeaveRequest> find(TenantId tenant, LeaveRequestId id) {
        LeaveRequest stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<LeaveRequest> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(r -> r.tenant().equals(tenant) && r.employeeId().equals(employee)
                        && !r.to().isBefore(from) && !r.from().isAfter(to))
                .sorted(Comparator.comparing(LeaveRequest::from).thenComparing(r -> r.id().value()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public List<LeaveRequest> findByPeriod(TenantId tenant, LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(r -> r.tenant().equals(tenant) && !r.to().isBefore(from) && !r.from().isAfter(to))
                .sorted(Comparator.comparing((LeaveRequest r) -> r.employeeId().value()).thenComparing(LeaveRequest::from)
                        .thenComparing(r -> r.id().value()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public void lockEmployee(TenantId tenant, EmployeeId employee) {
        unitOfWork.transaction(); // one unit of work at a time: holding it is the lock
    }
}
