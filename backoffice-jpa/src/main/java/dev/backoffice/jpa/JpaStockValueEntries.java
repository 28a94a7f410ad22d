package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockValueEntryEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.ValueEntryKind;
import dev.backoffice.stock.spi.StockValueEntries;

import java.util.List;
import java.util.Optional;

/**
 * {@link StockValueEntries} on {@code bo_stock_value_entries} with its lines and layers: rows are only
 * inserted (on PostgreSQL, triggers refuse any update or delete); a unique index values a move once.
 */
final class JpaStockValueEntries implements StockValueEntries {

    private final JpaUnitOfWork uow;

    JpaStockValueEntries(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(StockValueEntry entry) {
        uow.withEntityManager(em -> {
            em.persist(ValuationMapper.newEntity(entry));
            return null;
        });
    }

    @Override
    public Optional<StockValueEntry> findByMove(TenantId tenant, MoveId move) {
        return uow.readWithEntityManager(em -> em.createQuery("select e from BoStockValueEntry e "
                        + "where e.tenantId = :tenant and e.moveId = :move and e.kind <> :landed", StockValueEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("move", move.value())
                .setParameter("landed", ValueEntryKind.LANDED_COST)
                .getResultStream().findFirst().map(ValuationMapper::toDomain));
    }

    @Override
    public List<StockValueEntry> findByItem(TenantId tenant, ItemId item, int limit) {
        return uow.readWithEntityManager(em -> em.createQuery("select e from BoStockValueEntry e "
                        + "where e.tenantId = :tenant and e.itemId = :item order by e.recordedAt, e.id",
                        StockValueEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setMaxResults(limit)
                .getResultStream().map(ValuationMapper::toDomain).toList());
    }
}
