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

    /** Stores a new contract; a second contract for the same employee must fail. */
    void add(EmploymentContract contract);

    /**
     * Stores the versions added to a contract. Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link EmploymentContract#version()}.
     */
    void update(EmploymentContract contract);

    Optional<EmploymentContract> find(TenantId tenant, EmployeeId employee);

    /** Every contract of the tenant, ordered by employee id. */
    List<EmploymentContract> findAll(TenantId tenant);
}
