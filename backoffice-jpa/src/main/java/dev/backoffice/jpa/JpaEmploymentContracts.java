package dev.backoffice.jpa;

import dev.backoffice.common.ConflictException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.EmploymentContractEntity;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.EmploymentContracts;

import java.util.List;
import java.util.Optional;

/**
 * {@link EmploymentContracts} on {@code bo_employment_contracts} and {@code bo_contract_versions};
 * optimistic locking through {@code @Version}. An update inserts only the versions added since the
 * contract was read, and raises the contract's version. A contract started by a concurrent insert
 * fails on {@code bo_employment_contracts_pk}; the unit of work retries and the check of
 * {@link #add} then reports it.
 */
final class JpaEmploymentContracts implements EmploymentContracts {

    private final JpaUnitOfWork uow;

    JpaEmploymentContracts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(EmploymentContract contract) {
        uow.withEntityManager(em -> {
            if (em.find(EmploymentContractEntity.class, contract.employeeId().value()) != null) {
                throw new ConflictException(PersonnelError.CONTRACT_ALREADY_EXISTS,
                        "The employee already has a contract; change it instead.");
            }
            em.persist(PersonnelMapper.newEntity(contract));
            return null;
        });
    }

    @Override
    public void update(EmploymentContract contract) {
        uow.withEntityManager(em -> {
            EmploymentContractEntity entity = VersionedRows.forUpdate(em, EmploymentContractEntity.class,
                    contract.employeeId().value(), contract.tenant(), contract.version(),
                    PersonnelError.CONTRACT_NOT_FOUND, "The contract");
            PersonnelMapper.appendNewVersions(contract, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<EmploymentContract> find(TenantId tenant, EmployeeId employee) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(EmploymentContractEntity.class, employee.value()))
                .filter(c -> c.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<EmploymentContract> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        // the versions come in the same query: a payroll run reads every contract of the tenant
                        "select c from BoEmploymentContract c left join fetch c.versions where c.tenantId = :tenant"
                                + " order by c.employeeId",
                        EmploymentContractEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
