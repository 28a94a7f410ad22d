package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.spi.TimesheetRecords;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Timesheets in memory. Stores copies. */
public final class InMemoryTimesheetRecords implements TimesheetRecords {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TimesheetId, Timesheet> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryTimesheetRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Timesheet copy(Timesheet t, long version) {
        return Timesheet.restore(t.id(), t.tenant(), t.employeeId(), t.weekStart(), t.hours(), t.status(),
                t.submittedBy().orElse(null), t.approvedBy().orElse(null), t.approvedAt().orElse(null), version);
    }

    @Override
    public void add(Timesheet timesheet) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (findByWeek(timesheet.tenant(), timesheet.employeeId(), timesheet.weekStart()).isPresent()) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_ALREADY_EXISTS,
                    "The employee has a timesheet for the week of " + timesheet.weekStart() + " already.");
        }
        if (byId.putIfAbsent(timesheet.id(), copy(timesheet, timesheet.version())) != null) {
            throw new IllegalStateException("timesheet " + timesheet.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(timesheet.id()));
    }

    @Override
    public void update(Timesheet timesheet) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Timesheet stored = byId.get(timesheet.id());
        if (stored == null || !stored.tenant().equals(timesheet.tenant())) {
            throw new IllegalStateException("timesheet " + timesheet.id() + " is not stored");
        }
        if (stored.version() != timesheet.version()) {
            throw new ConcurrentUpdateException("The timesheet was changed by someone else.");
        }
        byId.put(timesheet.id(), copy(timesheet, timesheet.version() + 1));
        tx.onRollback(() -> byId.put(timesheet.id(), stored));
    }

    @Override
    public Optional<Timesheet> find(TenantId tenant, TimesheetId id) {
        Timesheet stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<Timesheet> findByWeek(TenantId tenant, EmployeeId employee, LocalDate weekStart) {
        return byId.values().stream()
                .filter(t -> t.tenant().equals(tenant) && t.employeeId().equals(employee) && t.weekStart().equals(weekStart))
                .findFirst().map(t -> copy(t, t.version()));
    }

    @Override
    public List<Timesheet> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(t -> t.tenant().equals(tenant) && t.employeeId().equals(employee)
                        && !t.weekStart().plusDays(6).isBefore(from) && !t.weekStart().isAfter(to))
                .sorted(Comparator.comparing(Timesheet::weekStart))
                .map(t -> copy(t, t.version()))
                .toList();
    }

    @Override
    public List<Timesheet> findByPeriod(TenantId tenant, LocalDate from, LocalDate to) {
        return byId.values().stream()
                .filter(t -> t.tenant().equals(tenant)
                        && !t.weekStart().plusDays(6).isBefore(from) && !t.weekStart().isAfter(to))
                .sorted(Comparator.comparing((Timesheet t) -> t.employeeId().value()).thenComparing(Timesheet::weekStart))
                .map(t -> copy(t, t.version()))
                .toList();
    }
}
