package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.TimesheetEntity;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.spi.TimesheetRecords;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link TimesheetRecords} on {@code bo_timesheets} and {@code bo_timesheet_hours}; optimistic
 * locking through {@code @Version}. A week taken by a concurrent insert fails on
 * {@code bo_timesheets_employee_week_uq}; the unit of work retries and the check of {@link #add}
 * then reports it.
 */
final class JpaTimesheetRecords implements TimesheetRecords {

    private final JpaUnitOfWork uow;

    JpaTimesheetRecords(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Timesheet timesheet) {
        uow.withEntityManager(em -> {
            if (findByWeek(timesheet.tenant(), timesheet.employeeId(), timesheet.weekStart()).isPresent()) {
                throw new RuleViolationException(PersonnelError.TIMESHEET_ALREADY_EXISTS,
                        "The employee already has a timesheet for the week of " + timesheet.weekStart() + ".");
            }
            em.persist(PersonnelMapper.newEntity(timesheet));
            return null;
        });
    }

    @Override
    public void update(Timesheet timesheet) {
        uow.withEntityManager(em -> {
            TimesheetEntity entity = VersionedRows.forUpdate(em, TimesheetEntity.class, timesheet.id().value(),
                    timesheet.tenant(), timesheet.version(), PersonnelError.TIMESHEET_NOT_FOUND, "The timesheet");
            PersonnelMapper.copyChangeable(timesheet, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Timesheet> find(TenantId tenant, TimesheetId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(TimesheetEntity.class, id.value()))
                .filter(t -> t.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public Optional<Timesheet> findByWeek(TenantId tenant, EmployeeId employee, LocalDate weekStart) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select t from BoTimesheet t where t.tenantId = :tenant and t.employeeId = :employee"
                                + " and t.weekStart = :week", TimesheetEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("employee", employee.value())
                .setParameter("week", weekStart)
                .getResultStream()
                .findFirst()
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<Timesheet> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select t from BoTimesheet t where t.tenantId = :tenant and t.employeeId = :employee"
                                + " and t.weekStart <= :to and t.weekStart >= :firstWeek order by t.weekStart",
                        TimesheetEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("employee", employee.value())
                .setParameter("firstWeek", from.minusDays(6))
                .setParameter("to", to)
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }

    @Override
    public List<Timesheet> findByPeriod(TenantId tenant, LocalDate from, LocalDate to) {
        // the hours come in the same query (one statement for the whole period, not one per sheet)
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select t from BoTimesheet t left join fetch t.hours where t.tenantId = :tenant"
                                + " and t.weekStart <= :to and t.weekStart >= :firstWeek order by t.employeeId, t.weekStart",
                        TimesheetEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("firstWeek", from.minusDays(6))
                .setParameter("to", to)
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
