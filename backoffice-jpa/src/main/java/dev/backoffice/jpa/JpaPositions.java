package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PositionEntity;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.spi.Positions;

import java.util.List;
import java.util.Optional;

/** {@link Positions} on {@code bo_positions}; optimistic locking through {@code @Version}. */
final class JpaPositions implements Positions {

    private final JpaUnitOfWork uow;

    JpaPositions(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Position position) {
        uow.withEntityManager(em -> {
            em.persist(PersonnelMapper.newEntity(position));
            return null;
        });
    }

    @Override
    public void update(Position position) {
        uow.withEntityManager(em -> {
            PositionEntity entity = VersionedRows.forUpdate(em, PositionEntity.class, position.id().value(),
                    position.tenant(), position.version(), PersonnelError.POSITION_NOT_FOUND,
                    "Position " + position.title());
            PersonnelMapper.copyChangeable(position, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Position> find(TenantId tenant, PositionId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(PositionEntity.class, id.value()))
                .filter(p -> p.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<Position> findByDepartment(TenantId tenant, DepartmentId department) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoPosition p where p.tenantId = :tenant and p.departmentId = :department"
                                + " order by p.title", PositionEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("department", department.value())
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
