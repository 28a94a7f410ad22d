package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;

import java.util.List;
import java.util.Optional;

/**
 * The employment contracts of every tenant, one per employee, with all their versions. Every
 * method is scoped to one tenant. Versions are append-only: an adapter may store only the ones
 * added since the contract was read.
 */
public interface EmploymentContracts {

    /**
     * Stores a new contract; a second contract for the same employee must fail.
     *
     * @param contract the employee's new contract
     */
    void add(EmploymentContract contract);

    /**
     * Stores the versions added to a contract. Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link EmploymentContract#version()}.
     *
     * @param contract the contract as changed, with the version it was read at
     */
    void update(EmploymentContract contract);

    /**
     * The contract of an employee.
     *
     * @param tenant   the tenant the call is scoped to
     * @param employee the employee
     * @return the contract with all its versions, or empty before the first one starts
     */
    Optional<EmploymentContract> find(TenantId tenant, EmployeeId employee);

    /**
     * Every contract of the tenant, ordered by employee id.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's contracts
     */
    List<EmploymentContract> findAll(TenantId tenant);
}
