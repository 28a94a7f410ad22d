package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockMoveEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.spi.StockMoves;

import java.util.List;
import java.util.Optional;

/**
 * {@link StockMoves} on {@code bo_stock_moves} and {@code bo_stock_move_serials}; optimistic locking
 * through {@code @Version}. On PostgreSQL a trigger refuses any change to a done move other than
 * linking its reversal.
 */
final class JpaStockMoves implements StockMoves {

    private final JpaUnitOfWork uow;

    JpaStockMoves(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(StockMove move) {
        uow.withEntityManager(em -> {
            em.persist(StockMapper.newEntity(move));
            return null;
        });
    }

    @Override
    public void update(StockMove move) {
        uow.withEntityManager(em -> {
            StockMoveEntity entity = VersionedRows.forUpdate(em, StockMoveEntity.class, move.id().value(), move.tenant(),
                    move.version(), StockError.MOVE_NOT_FOUND, "Stock move " + move.id());
            StockMapper.copyChangeable(move, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<StockMove> find(TenantId tenant, MoveId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select m from BoStockMove m where m.tenantId = :tenant and m.id = :id", StockMoveEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<StockMove> findByItem(TenantId tenant, ItemId item, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> em.createQuery("select m from BoStockMove m "
                                + "where m.tenantId = :tenant and m.itemId = :item order by m.createdAt, m.id",
                        StockMoveEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setMaxResults(limit)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<StockMove> findByLot(TenantId tenant, ItemId item, String lot) {
        return uow.readWithEntityManager(em -> em.createQuery("select m from BoStockMove m "
                                + "where m.tenantId = :tenant and m.itemId = :item "
                                + "and (m.lot = :lot or :lot member of m.serials) order by m.createdAt, m.id",
                        StockMoveEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("lot", lot)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<StockMove> findDrafts(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery("select m from BoStockMove m "
                                + "where m.tenantId = :tenant and m.itemId = :item and m.status = :draft "
                                + "order by m.createdAt, m.id",
                        StockMoveEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("draft", dev.backoffice.stock.domain.MoveStatus.DRAFT)
                .getResultStream().map(StockMapper::toDomain).toList());
    }
}
