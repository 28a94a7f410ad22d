package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.BackorderEntity;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.BackorderStatus;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.spi.Backorders;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Backorders} on {@code bo_stock_backorders}; optimistic locking through {@code @Version}. */
final class JpaBackorders implements Backorders {

    private static final String SELECT = "select b from BoStockBackorder b where b.tenantId = :tenant ";
    private static final String OLDEST_FIRST = " order by b.createdAt, b.id";

    private final JpaUnitOfWork uow;

    JpaBackorders(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Backorder backorder) {
        uow.withEntityManager(em -> {
            em.persist(StockMapper.newEntity(backorder));
            return null;
        });
    }

    @Override
    public void update(Backorder backorder) {
        uow.withEntityManager(em -> {
            // a backorder is the waiting rest of a reserve request: it is reported as that reservation's absence
            BackorderEntity entity = VersionedRows.forUpdate(em, BackorderEntity.class, backorder.id().value(),
                    backorder.tenant(), backorder.version(), StockError.RESERVATION_NOT_FOUND, "Backorder " + backorder.id());
            StockMapper.copyChangeable(backorder, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Backorder> find(TenantId tenant, BackorderId id) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and b.id = :id", BackorderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Optional<Backorder> findByRequest(TenantId tenant, UUID request) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and b.requestId = :request", BackorderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("request", request)
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<Backorder> findByDemand(TenantId tenant, String demand) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and b.demand = :demand" + OLDEST_FIRST,
                        BackorderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("demand", demand)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<Backorder> findOpen(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and b.itemId = :item and b.status = :open"
                        + OLDEST_FIRST, BackorderEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("open", BackorderStatus.OPEN)
                .getResultStream().map(StockMapper::toDomain).toList());
    }
}
