package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.EmployeeEntity;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.EmployeeRecords;

import java.util.List;
import java.util.Optional;

/**
 * {@link EmployeeRecords} on {@code bo_employees}; optimistic locking through {@code @Version}. A
 * number taken by a concurrent insert fails on {@code bo_employees_tenant_number_uq}; the unit of
 * work retries and the check of {@link #add} then reports it.
 */
final class JpaEmployeeRecords implements EmployeeRecords {

    private final JpaUnitOfWork uow;

    JpaEmployeeRecords(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Employee employee) {
        uow.withEntityManager(em -> {
            if (findByNumber(employee.tenant(), employee.number()).isPresent()) {
                throw new RuleViolationException(PersonnelError.EMPLOYEE_NUMBER_TAKEN,
                        "The employee number " + employee.number() + " is already used.");
            }
            em.persist(PersonnelMapper.newEntity(employee));
            return null;
        });
    }

    @Override
    public void update(Employee employee) {
        uow.withEntityManager(em -> {
            EmployeeEntity entity = VersionedRows.forUpdate(em, EmployeeEntity.class, employee.id().value(),
                    employee.tenant(), employee.version(), PersonnelError.EMPLOYEE_NOT_FOUND,
                    "Employee " + employee.number());
            PersonnelMapper.copyChangeable(employee, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Employee> find(TenantId tenant, EmployeeId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(EmployeeEntity.class, id.value()))
                .filter(e -> e.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public Optional<Employee> findByNumber(TenantId tenant, String number) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoEmployee e where e.tenantId = :tenant and e.number = :number", EmployeeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public Optional<Employee> findByActor(TenantId tenant, String actorId) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoEmployee e where e.tenantId = :tenant and e.actorId = :actor order by e.number",
                        EmployeeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("actor", actorId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<Employee> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoEmployee e where e.tenantId = :tenant order by e.number", EmployeeEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }

    @Override
    public List<Employee> findByDepartment(TenantId tenant, DepartmentId department) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select e from BoEmployee e where e.tenantId = :tenant and e.departmentId = :department"
                                + " order by e.number", EmployeeEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("department", department.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
