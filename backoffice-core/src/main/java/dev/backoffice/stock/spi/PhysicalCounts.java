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
     */
    void add(PhysicalCount count);

    /**
     * Stores a changed count (lines recorded, posted, cancelled). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link PhysicalCount#version()}, so a count is posted once.
     */
    void update(PhysicalCount count);

    Optional<PhysicalCount> find(TenantId tenant, CountId id);

    /** The open count of a location, if any. */
    Optional<PhysicalCount> findOpen(TenantId tenant, LocationId location);
}
