package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.PhysicalCount;

import java.util.Optional;

/** The physical counts of every tenant. Every method is scoped to one tenant. */
public interface PhysicalCounts {

    /**
     * Stores a new count. A second open count of the same location must fail (a database adapter:
     * a unique index on tenant and location where the status is open).
     *
     * @param count the new, open count
     */
    void add(PhysicalCount count);

    /**
     * Stores a changed count (lines recorded, posted, cancelled). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link PhysicalCount#version()}, so a count is posted once.
     *
     * @param count the count as changed, with the version it was read at
     */
    void update(PhysicalCount count);

    /**
     * The count with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the count's id
     * @return the count, or empty when the tenant has none with that id
     */
    Optional<PhysicalCount> find(TenantId tenant, CountId id);

    /**
     * The open count of a location, if any.
     *
     * @param tenant   the tenant the call is scoped to
     * @param location the counted location
     * @return its open count, or empty
     */
    Optional<PhysicalCount> findOpen(TenantId tenant, LocationId location);
}
