package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PhysicalCountEntity;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountStatus;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.PhysicalCount;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.spi.PhysicalCounts;

import java.util.Optional;

/**
 * {@link PhysicalCounts} on {@code bo_stock_counts} and {@code bo_stock_count_lines}; optimistic
 * locking through {@code @Version}, and a unique index on the open count of a location.
 */
final class JpaPhysicalCounts implements PhysicalCounts {

    private final JpaUnitOfWork uow;

    JpaPhysicalCounts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(PhysicalCount count) {
        uow.withEntityManager(em -> {
            if (findOpen(count.tenant(), count.location()).isPresent()) {
                throw new RuleViolationException(StockError.COUNT_ALREADY_OPEN, "The location already has an open count.");
            }
            // a concurrent open count of the location fails on bo_stock_counts_open_uq; the unit of work retries and
            // the check above then reports it
            em.persist(StockMapper.newEntity(count));
            return null;
        });
    }

    @Override
    public void update(PhysicalCount count) {
        uow.withEntityManager(em -> {
            PhysicalCountEntity entity = VersionedRows.forUpdate(em, PhysicalCountEntity.class, count.id().value(),
                    count.tenant(), count.version(), StockError.COUNT_NOT_FOUND, "Count " + count.id());
            StockMapper.copyChangeable(count, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<PhysicalCount> find(TenantId tenant, CountId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select c from BoStockCount c where c.tenantId = :tenant and c.id = :id", PhysicalCountEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Optional<PhysicalCount> findOpen(TenantId tenant, LocationId location) {
        return uow.readWithEntityManager(em -> em.createQuery("select c from BoStockCount c "
                        + "where c.tenantId = :tenant and c.locationId = :location and c.status = :open",
                        PhysicalCountEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("location", location.value())
                .setParameter("open", CountStatus.OPEN)
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }
}
