package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.util.List;
import java.util.Optional;

/** The leave types of every tenant. Every method is scoped to one tenant. */
public interface LeaveTypes {

    /** Stores a new leave type. A second type with the same code in the tenant must fail. */
    void add(LeaveType type);

    Optional<LeaveType> find(TenantId tenant, LeaveTypeId id);

    Optional<LeaveType> findByCode(TenantId tenant, String code);

    /** Every leave type of the tenant, ordered by code. */
    List<LeaveType> findAll(TenantId tenant);
}
