package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.spi.Positions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Positions in memory. Stores copies. */
public final class InMemoryPositions implements Positions {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<PositionId, Position> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPositions(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Position copy(Position p, long version) {
        return Position.restore(p.id(), p.tenant(), p.departmentId(), p.title(), p.createdAt(), version);
    }

    @Override
    public void add(Position position) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(position.id(), copy(position, position.version())) != null) {
            throw new IllegalStateException("position " + position.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(position.id()));
    }

    @Override
    public void update(Position position) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Position stored = byId.get(position.id());
        if (stored == null || !stored.tenant().equals(position.tenant())) {
            throw new IllegalStateException("position " + position.id() + " is not stored");
        }
        if (stored.version() != position.version()) {
            throw new ConcurrentUpdateException("Position " + position.title() + " was changed by someone else.");
        }
        byId.put(position.id(), copy(position, position.version() + 1));
        tx.onRollback(() -> byId.put(position.id(), stored));
    }

    @Override
    public Optional<Position> find(TenantId tenant, PositionId id) {
        Position stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<Position> findByDepartment(TenantId tenant, DepartmentId department) {
        return byId.values().stream()
                .filter(p -> p.tenant().equals(tenant) && p.departmentId().equals(department))
                .sorted(Comparator.comparing(Position::title))
                .map(p -> copy(p, p.version()))
                .toList();
    }
}
