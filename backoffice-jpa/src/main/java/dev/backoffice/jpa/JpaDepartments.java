package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.DepartmentEntity;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.Departments;

import java.util.List;
import java.util.Optional;

/**
 * {@link Departments} on {@code bo_departments}; optimistic locking through {@code @Version}. A code
 * taken by a concurrent insert fails on {@code bo_departments_tenant_code_uq}; the unit of work
 * retries and the check of {@link #add} then reports it.
 */
final class JpaDepartments implements Departments {

    private final JpaUnitOfWork uow;

    JpaDepartments(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Department department) {
        uow.withEntityManager(em -> {
            if (findByCode(department.tenant(), department.code()).isPresent()) {
                throw new RuleViolationException(PersonnelError.DEPARTMENT_CODE_TAKEN,
                        "The department code " + department.code() + " is already used.");
            }
            em.persist(PersonnelMapper.newEntity(department));
            return null;
        });
    }

    @Override
    public void update(Department department) {
        uow.withEntityManager(em -> {
            DepartmentEntity entity = VersionedRows.forUpdate(em, DepartmentEntity.class, department.id().value(),
                    department.tenant(), department.version(), PersonnelError.DEPARTMENT_NOT_FOUND,
                    "Department " + department.code());
            PersonnelMapper.copyChangeable(department, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Department> find(TenantId tenant, DepartmentId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(DepartmentEntity.class, id.value()))
                .filter(d -> d.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public Optional<Department> findByCode(TenantId tenant, String code) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select d from BoDepartment d where d.tenantId = :tenant and d.code = :code", DepartmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<Department> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select d from BoDepartment d where d.tenantId = :tenant order by d.code", DepartmentEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }

    @Override
    public List<Department> findChildren(TenantId tenant, DepartmentId parent) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select d from BoDepartment d where d.tenantId = :tenant and d.parentId = :parent order by d.code",
                        DepartmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("parent", parent.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
