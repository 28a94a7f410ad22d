package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;

import java.util.List;
import java.util.Optional;

/** The positions of every tenant's departments. Every method is scoped to one tenant. */
public interface Positions {

    void add(Position position);

    /** Stores a changed position; a stale version fails with {@link dev.backoffice.common.ConcurrentUpdateException}. */
    void update(Position position);

    Optional<Position> find(TenantId tenant, PositionId id);

    /** The positions of a department, ordered by title. */
    List<Position> findByDepartment(TenantId tenant, DepartmentId department);
}
