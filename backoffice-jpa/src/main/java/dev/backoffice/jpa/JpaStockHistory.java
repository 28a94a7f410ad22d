package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockMoveEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.spi.StockHistory;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@link StockHistory} on {@code bo_stock_moves} and {@code bo_stock_move_serials}.
 *
 * <p>{@link #onHand} is one aggregate statement on the database: the quantity into each location
 * less the quantity out of it, per lot (one unit per serial number), summed over the done moves up
 * to the position, grouped by location and lot; the moves themselves never leave the database.
 * Positions compare as the row value {@code (done_at, id)}, which the history indexes of migration
 * V13 ({@code (tenant_id, item_id, done_at, id)} over done moves, and one per location end) serve.
 */
final class JpaStockHistory implements StockHistory {

    private static final String SIDE = "select m.%s as location_id, coalesce(s.serial, m.lot, '') as lot, "
            + "%s case when s.serial is null then m.base_quantity else 1 end as quantity "
            + "from bo_stock_moves m left join bo_stock_move_serials s on s.move_id = m.id "
            + "where m.tenant_id = :tenant and m.item_id = :item and m.status = 'DONE' "
            + "and (m.done_at, m.id) <= (:doneAt, :moveId)";

    private static final String ON_HAND = "select h.location_id, h.lot, sum(h.quantity) from ("
            + SIDE.formatted("to_location", "") + " union all " + SIDE.formatted("from_location", "-")
            + ") h group by h.location_id, h.lot having sum(h.quantity) <> 0 order by h.location_id, h.lot";

    private final JpaUnitOfWork uow;

    JpaStockHistory(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public List<Holding> onHand(TenantId tenant, ItemId item, Position upTo) {
        return uow.readWithEntityManager(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(ON_HAND)
                    .setParameter("tenant", tenant.value())
                    .setParameter("item", item.value())
                    .setParameter("doneAt", upTo.doneAt())
                    .setParameter("moveId", upTo.move())
                    .getResultList();
            return rows.stream().map(row -> new Holding(LocationId.of(uuid(row[0])), (String) row[1],
                    ((BigDecimal) row[2]).stripTrailingZeros())).toList();
        });
    }

    /** A {@code uuid} column of a native result: a UUID, or its 16 bytes (H2). */
    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    @Override
    public List<StockMove> doneMoves(TenantId tenant, ItemId item, Set<LocationId> locations, String lot, Position after,
                                     int limit) {
        if (limit <= 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select m from BoStockMove m where m.tenantId = :tenant "
                + "and m.itemId = :item and m.status = dev.backoffice.stock.domain.MoveStatus.DONE");
        if (after != null) {
            jpql.append(" and (m.doneAt > :doneAt or (m.doneAt = :doneAt and m.id > :moveId))");
        }
        if (!locations.isEmpty()) {
            jpql.append(" and (m.fromLocation in :locations or m.toLocation in :locations)");
        }
        if (lot != null) {
            jpql.append(" and (m.lot = :lot or :lot member of m.serials)");
        }
        jpql.append(" order by m.doneAt, m.id");
        return uow.readWithEntityManager(em -> {
            TypedQuery<StockMoveEntity> query = em.createQuery(jpql.toString(), StockMoveEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("item", item.value())
                    .setMaxResults(limit);
            if (after != null) {
                query.setParameter("doneAt", after.doneAt()).setParameter("moveId", after.move());
            }
            if (!locations.isEmpty()) {
                query.setParameter("locations", locations.stream().map(LocationId::value).toList());
            }
            if (lot != null) {
                query.setParameter("lot", lot);
            }
            return query.getResultStream().map(StockMapper::toDomain).toList();
        });
    }
}
