package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.LeaveTypeEntity;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.LeaveTypes;

import java.util.List;
import java.util.Optional;

/**
 * {@link LeaveTypes} on {@code bo_leave_types}. A code taken by a concurrent insert fails on
 * {@code bo_leave_types_tenant_code_uq}; the unit of work retries and the check of {@link #add}
 * then reports it.
 */
final class JpaLeaveTypes implements LeaveTypes {

    private final JpaUnitOfWork uow;

    JpaLeaveTypes(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(LeaveType type) {
        uow.withEntityManager(em -> {
            if (findByCode(type.tenant(), type.code()).isPresent()) {
                throw new RuleViolationException(PersonnelError.LEAVE_TYPE_CODE_TAKEN,
                        "The leave type code " + type.code() + " is already used.");
            }
            em.persist(PersonnelMapper.newEntity(type));
            return null;
        });
    }

    @Override
    public Optional<LeaveType> find(TenantId tenant, LeaveTypeId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(LeaveTypeEntity.class, id.value()))
                .filter(t -> t.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public Optional<LeaveType> findByCode(TenantId tenant, String code) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select t from BoLeaveType t where t.tenantId = :tenant and t.code = :code", LeaveTypeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<LeaveType> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select t from BoLeaveType t where t.tenantId = :tenant order by t.code", LeaveTypeEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
