package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations.Database;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.spi.StockQuantities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link StockQuantities} on {@code bo_stock_quants}: the hot path, never read-modify-write.
 *
 * <p>{@link #apply} runs one guarded statement on the row:
 * {@code UPDATE ... SET on_hand = on_hand + :h, reserved = reserved + :r WHERE <key> AND <guard>},
 * the guard written in SQL on the values after the change ({@code reserved + :r >= 0}, and
 * {@code on_hand + :h >= reserved + :r} where available may not go negative). One row updated means
 * applied; none means refused, or no row yet. Only then, and only when the change keeps its guard
 * on a row of zeros, is the row inserted ({@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL,
 * {@code MERGE ... WHEN NOT MATCHED} on H2); when a concurrent unit of work inserted it first, the
 * guarded update runs again on the row it committed. The guard of the last change is stored in
 * the row, where {@code CHECK} constraints hold it too. The rows of one unit of work are changed in
 * the order the application gives (sorted by location and lot), so writers never deadlock.
 *
 * <p>The guarded update and the reads of an item's rows, which every reservation and move makes,
 * are plain JDBC statements ({@link StockRows}); the other reads are scalar queries. Either way
 * they see the database's current quantities rather than a copy held by the persistence context.
 */
final class JpaStockQuantities implements StockQuantities {

    private static final String INSERT_POSTGRESQL = "insert into bo_stock_quants "
            + "(tenant_id, item_id, location_id, lot, on_hand, reserved, guard, received_at) "
            + "values (:tenant, :item, :location, :lot, :onHand, :reserved, :guard, :now) "
            + "on conflict (tenant_id, item_id, location_id, lot) do nothing";

    private static final String INSERT_H2 = "merge into bo_stock_quants q using (select cast(:tenant as varchar(64)) "
            + "tenant_id, cast(:item as uuid) item_id, cast(:location as uuid) location_id, cast(:lot as varchar(64)) lot) s "
            + "on q.tenant_id = s.tenant_id and q.item_id = s.item_id and q.location_id = s.location_id and q.lot = s.lot "
            + "when not matched then insert (tenant_id, item_id, location_id, lot, on_hand, reserved, guard, received_at) "
            + "values (s.tenant_id, s.item_id, s.location_id, s.lot, :onHand, :reserved, :guard, :now)";

    private static final String COLUMNS = "select q.itemId, q.locationId, q.lot, q.onHand, q.reserved, q.receivedAt "
            + "from BoStockQuant q where q.tenantId = :tenant ";

    private final JpaUnitOfWork uow;

    JpaStockQuantities(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public boolean apply(TenantId tenant, QuantityChange change, Instant now) {
        return uow.withEntityManager(em -> {
            if (StockRows.applyGuarded(em, tenant, change) == 1) {
                return true;
            }
            // no row, or a row the guard refuses: a row of zeros is inserted only where it keeps the guard
            if (!change.guard().allows(change.onHand(), change.reserved())) {
                return false;
            }
            String insert = uow.database(em) == Database.POSTGRESQL ? INSERT_POSTGRESQL : INSERT_H2;
            int inserted = em.createNativeQuery(insert)
                    .setParameter("tenant", tenant.value())
                    .setParameter("item", change.item().value())
                    .setParameter("location", change.location().value())
                    .setParameter("lot", change.lot())
                    .setParameter("onHand", change.onHand())
                    .setParameter("reserved", change.reserved())
                    .setParameter("guard", change.guard().name())
                    .setParameter("now", now)
                    .executeUpdate();
            // not inserted: the row exists (a concurrent unit of work committed it, or the guard refused it above)
            return inserted == 1 || StockRows.applyGuarded(em, tenant, change) == 1;
        });
    }

    @Override
    public Optional<StockQuant> find(TenantId tenant, ItemId item, LocationId location, String lot) {
        return uow.readWithEntityManager(em -> StockRows.quant(em, tenant, item, location, lot));
    }

    @Override
    public List<StockQuant> findByItem(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> StockRows.quants(em, tenant, item));
    }

    @Override
    public List<StockQuant> findByLot(TenantId tenant, ItemId item, String lot) {
        return uow.readWithEntityManager(em -> em.createQuery(COLUMNS
                        + "and q.itemId = :item and q.lot = :lot order by q.locationId", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("lot", lot)
                .getResultStream().map(JpaStockQuantities::toQuant).toList());
    }

    @Override
    public List<StockQuant> findReserved(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(COLUMNS + "and q.reserved <> 0", Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultStream().map(JpaStockQuantities::toQuant).toList());
    }

    private static StockQuant toQuant(Object[] row) {
        return new StockQuant(ItemId.of(NativeValues.uuid(row[0])), LocationId.of(NativeValues.uuid(row[1])),
                (String) row[2], (BigDecimal) row[3], (BigDecimal) row[4], (Instant) row[5]);
    }
}
