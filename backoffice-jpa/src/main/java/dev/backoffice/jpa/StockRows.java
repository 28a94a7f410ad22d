package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReservationEntity;
import dev.backoffice.jpa.entity.StockItemEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.QuantityGuard;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.ValuationMethod;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements of a stock reservation as plain JDBC on the unit of work's connection, the way
 * {@link JdbcRows} writes a posting: the item read with its units, the item's stock rows, the
 * guarded change of one row, and the new reservation. Each of them went through Hibernate's query
 * and persist machinery before, which cost more CPU than the statements themselves on a loaded
 * machine (P7 in docs/benchmarks.md). What is read is mapped by the same mappers as the entities
 * and held by no persistence context, so nothing read here is dirty-checked at the flush.
 *
 * <p>The entity manager is flushed first when something may be pending ({@link JdbcRows#flush}),
 * so what the unit of work changed through it is read and guarded as it is now. A new reservation
 * refers to no other row and is written without that flush.
 */
final class StockRows {

    private static final String SELECT_ITEM = "select i.id, i.tenant_id, i.sku, i.name, i.base_unit, i.unit_decimals, "
            + "i.tracking, i.valuation, i.negative_stock, i.backorders_allowed, i.created_at, i.version, u.unit, "
            + "u.base_units from bo_stock_items i left join bo_stock_item_units u on u.item_id = i.id "
            + "where i.tenant_id = ? and i.id = ?";

    private static final String QUANT_COLUMNS = "select item_id, location_id, lot, on_hand, reserved, received_at "
            + "from bo_stock_quants where tenant_id = ? and item_id = ? ";
    private static final String SELECT_QUANTS_OF_ITEM = QUANT_COLUMNS + "order by location_id, lot";
    private static final String SELECT_QUANT = QUANT_COLUMNS + "and location_id = ? and lot = ?";

    private static final String UPDATE_QUANT = "update bo_stock_quants set on_hand = on_hand + ?, "
            + "reserved = reserved + ?, guard = ? where tenant_id = ? and item_id = ? and location_id = ? and lot = ?";

    /** The guarded update per guard: the SQL condition, on the row before the change, that the row keeps it after. */
    private static final Map<QuantityGuard, String> GUARDED_UPDATE = new EnumMap<>(Map.of(
            QuantityGuard.NONE, UPDATE_QUANT,
            QuantityGuard.RESERVED_NOT_NEGATIVE, UPDATE_QUANT + " and reserved + ? >= 0",
            QuantityGuard.AVAILABLE_NOT_NEGATIVE, UPDATE_QUANT + " and reserved + ? >= 0 and on_hand + ? >= reserved + ?"));

    private static final String INSERT_RESERVATION = "insert into bo_stock_reservations (id, tenant_id, request_id, "
            + "demand, item_id, location_id, lot, unit, quantity, consumed, released, status, created_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private StockRows() {
    }

    /** The tenant's item with its other units, as an entity object no persistence context holds. */
    static Optional<StockItemEntity> item(EntityManager em, TenantId tenant, ItemId id) {
        return JdbcRows.returningWork(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_ITEM)) {
                select.setString(1, tenant.value());
                select.setObject(2, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    StockItemEntity item = null;
                    while (rows.next()) {
                        if (item == null) {
                            item = new StockItemEntity();
                            item.setId(rows.getObject(1, UUID.class));
                            item.setTenantId(rows.getString(2));
                            item.setSku(rows.getString(3));
                            item.setName(rows.getString(4));
                            item.setBaseUnit(rows.getString(5));
                            item.setUnitDecimals(rows.getInt(6));
                            item.setTracking(Tracking.valueOf(rows.getString(7)));
                            item.setValuation(ValuationMethod.valueOf(rows.getString(8)));
                            item.setNegativeStock(NegativeStockPolicy.valueOf(rows.getString(9)));
                            item.setBackordersAllowed(rows.getBoolean(10));
                            item.setCreatedAt(JdbcRows.instant(rows, 11));
                            item.setVersion(rows.getLong(12));
                        }
                        String unit = rows.getString(13);
                        if (unit != null) {
                            item.getConversions().put(unit, rows.getBigDecimal(14));
                        }
                    }
                    return Optional.ofNullable(item);
                }
            }
        });
    }

    /** The item's stock rows, ordered by location and lot. */
    static List<StockQuant> quants(EntityManager em, TenantId tenant, ItemId item) {
        return JdbcRows.returningWork(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_QUANTS_OF_ITEM)) {
                select.setString(1, tenant.value());
                select.setObject(2, item.value());
                return quants(select);
            }
        });
    }

    /** The stock row of the item in the location and lot, if there is one. */
    static Optional<StockQuant> quant(EntityManager em, TenantId tenant, ItemId item, LocationId location, String lot) {
        return JdbcRows.returningWork(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_QUANT)) {
                select.setString(1, tenant.value());
                select.setObject(2, item.value());
                select.setObject(3, location.value());
                select.setString(4, lot);
                return quants(select).stream().findFirst();
            }
        });
    }

    private static List<StockQuant> quants(PreparedStatement select) throws SQLException {
        List<StockQuant> quants = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                quants.add(new StockQuant(ItemId.of(rows.getObject(1, UUID.class)),
                        LocationId.of(rows.getObject(2, UUID.class)), rows.getString(3), rows.getBigDecimal(4),
                        rows.getBigDecimal(5), JdbcRows.instant(rows, 6)));
            }
        }
        return quants;
    }

    /**
     * Applies the change to its row with one statement guarded in SQL; returns the number of rows
     * changed: 1, or 0 when the row is missing or the guard refuses the change.
     */
    static int applyGuarded(EntityManager em, TenantId tenant, QuantityChange change) {
        QuantityGuard guard = change.guard();
        return JdbcRows.returningWork(em, connection -> {
            try (PreparedStatement update = connection.prepareStatement(GUARDED_UPDATE.get(guard))) {
                update.setBigDecimal(1, change.onHand());
                update.setBigDecimal(2, change.reserved());
                update.setString(3, guard.name());
                update.setString(4, tenant.value());
                update.setObject(5, change.item().value());
                update.setObject(6, change.location().value());
                update.setString(7, change.lot());
                if (guard != QuantityGuard.NONE) {
                    update.setBigDecimal(8, change.reserved());
                }
                if (guard == QuantityGuard.AVAILABLE_NOT_NEGATIVE) {
                    update.setBigDecimal(9, change.onHand());
                    update.setBigDecimal(10, change.reserved());
                }
                return update.executeUpdate();
            }
        });
    }

    /** Inserts a new reservation; it refers to no other row, so nothing is flushed before it. */
    static void insertReservation(EntityManager em, ReservationEntity reservation) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RESERVATION)) {
                insert.setObject(1, reservation.getId());
                insert.setString(2, reservation.getTenantId());
                insert.setObject(3, reservation.getRequestId());
                insert.setString(4, reservation.getDemand());
                insert.setObject(5, reservation.getItemId());
                insert.setObject(6, reservation.getLocationId());
                insert.setString(7, reservation.getLot());
                insert.setString(8, reservation.getUnit());
                insert.setBigDecimal(9, reservation.getQuantity());
                insert.setBigDecimal(10, reservation.getConsumed());
                insert.setBigDecimal(11, reservation.getReleased());
                insert.setString(12, reservation.getStatus().name());
                JdbcRows.setInstant(insert, 13, reservation.getCreatedAt());
                insert.setLong(14, reservation.getVersion());
                insert.executeUpdate();
            }
        });
    }
}
