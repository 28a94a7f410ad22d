package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.util.List;
import java.util.Optional;

/** The leave types of every tenant. Every method is scoped to one tenant. */
public interface LeaveTypes {

    /**
     * Stores a new leave type. A second type with the same code in the tenant must fail.
     *
     * @param type the new leave type
     */
    void add(LeaveType type);

    /**
     * The leave type with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the leave type's id
     * @return the leave type, or empty when the tenant has none with that id
     */
    Optional<LeaveType> find(TenantId tenant, LeaveTypeId id);

    /**
     * The leave type with that code in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param code   the leave type's code
     * @return the leave type, or empty when none has that code
     */
    Optional<LeaveType> findByCode(TenantId tenant, String code);

    /**
     * Every leave type of the tenant, ordered by code.
     *
     * @param tenant the tenant the call is scoped to
     * @return the tenant's leave types
     */
    List<LeaveType> findAll(TenantId tenant);
}
