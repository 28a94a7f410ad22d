package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.LeaveRequestEntity;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.LeaveRequests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link LeaveRequests} on {@code bo_leave_requests}; optimistic locking through {@code @Version}.
 * {@link #lockEmployee} takes the employee's row of {@code bo_employees} with
 * {@code SELECT ... FOR UPDATE} until the transaction ends, so two units of work that check a
 * balance or an overlap of the same employee run one after the other.
 */
final class JpaLeaveRequests implements LeaveRequests {

    private final JpaUnitOfWork uow;

    JpaLeaveRequests(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(LeaveRequest request) {
        uow.withEntityManager(em -> {
            em.persist(PersonnelMapper.newEntity(request));
            return null;
        });
    }

    @Override
    public void update(LeaveRequest request) {
        uow.withEntityManager(em -> {
            LeaveRequestEntity entity = VersionedRows.forUpdate(em, LeaveRequestEntity.class, request.id().value(),
                    request.tenant(), request.version(), PersonnelError.LEAVE_NOT_FOUND, "The leave request");
            PersonnelMapper.copyChangeable(request, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<LeaveRequest> find(TenantId tenant, LeaveRequestId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(LeaveRequestEntity.class, id.value()))
                .filter(r -> r.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<LeaveRequest> findByEmployee(TenantId tenant, EmployeeId employee, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select r from BoLeaveRequest r where r.tenantId = :tenant and r.employeeId = :employee"
                                + " and r.fromDate <= :to and r.toDate >= :from order by r.fromDate, r.id",
                        LeaveRequestEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("employee", employee.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }

    @Override
    public List<LeaveRequest> findByPeriod(TenantId tenant, LocalDate from, LocalDate to) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select r from BoLeaveRequest r where r.tenantId = :tenant"
                                + " and r.fromDate <= :to and r.toDate >= :from order by r.employeeId, r.fromDate, r.id",
                        LeaveRequestEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }

    @Override
    public void lockEmployee(TenantId tenant, EmployeeId employee) {
        uow.withEntityManager(em -> em.createNativeQuery(
                        "SELECT id FROM bo_employees WHERE id = ?1 AND tenant_id = ?2 FOR UPDATE")
                .setParameter(1, employee.value())
                .setParameter(2, tenant.value())
                .getResultList());
    }
}
