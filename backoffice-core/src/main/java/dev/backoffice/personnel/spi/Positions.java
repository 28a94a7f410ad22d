package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;

import java.util.List;
import java.util.Optional;

/** The positions of every tenant's departments. Every method is scoped to one tenant. */
public interface Positions {

    /**
     * Stores a new position.
     *
     * @param position the new position
     */
    void add(Position position);

    /**
     * Stores a changed position; a stale version fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException}.
     *
     * @param position the position as changed, with the version it was read at
     */
    void update(Position position);

    /**
     * The position with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the position's id
     * @return the position, or empty when the tenant has none with that id
     */
    Optional<Position> find(TenantId tenant, PositionId id);

    /**
     * The positions of a department, ordered by title.
     *
     * @param tenant     the tenant the call is scoped to
     * @param department the department
     * @return its positions
     */
    List<Position> findByDepartment(TenantId tenant, DepartmentId department);
}
