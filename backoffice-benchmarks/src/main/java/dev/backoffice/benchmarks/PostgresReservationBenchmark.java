package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReservationCheck;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * P7: stock reservations on PostgreSQL. Eight threads reserve one piece each, one reservation per
 * transaction, through {@code BackOffice} on the JPA adapter: spread over {@code items} items
 * ({@link #reserveSpread}) or all on one hot item ({@link #reserveHot}); beside hand-written JDBC
 * doing the statements a reservation needs over the same pool ({@link #jdbcBaselineSpread}): read the
 * item, read its stock rows in internal locations, add to the reserved quantity of one row with the
 * guard that it never exceeds what is on hand, insert the reservation and its audit record, commit.
 * The server is durable ({@code synchronous_commit} on). Every item starts with ten million pieces in
 * one location, so no reservation is refused. At the end of each trial no stock row may hold more
 * reserved than on hand and the library's drift check must find every reserved quantity equal to the
 * open reservations that make it up, or the trial fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 4, time = 15) // the library's code is still being compiled (C2) after 10 s; see docs/benchmarks.md
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresReservationBenchmark {

    static final int RING = 1 << 14;

    private static final String SELECT_ITEM = "select id, base_unit, tracking, backorders_allowed from bo_stock_items "
            + "where tenant_id = ? and id = ?";
    private static final String SELECT_STOCK = "select q.location_id, q.lot, q.on_hand, q.reserved from bo_stock_quants q "
            + "join bo_stock_locations l on l.id = q.location_id and l.tenant_id = q.tenant_id "
            + "where q.tenant_id = ? and q.item_id = ? and l.location_type = 'INTERNAL' order by q.received_at";
    private static final String RESERVE_ON_ROW = "update bo_stock_quants set reserved = reserved + ?, "
            + "guard = 'AVAILABLE_NOT_NEGATIVE' where tenant_id = ? and item_id = ? and location_id = ? and lot = ? "
            + "and on_hand >= reserved + ?";
    private static final String INSERT_RESERVATION = "insert into bo_stock_reservations (id, tenant_id, request_id, demand, "
            + "item_id, location_id, lot, unit, quantity, consumed, released, status, created_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, 'pc', ?, 0, 0, 'OPEN', ?, 0)";
    private static final String INSERT_AUDIT = "insert into bo_audit_records (id, tenant_id, actor_id, occurred_at, action, "
            + "subject_type, subject_id, detail) values (?, ?, ?, ?, 'stock.reserve', 'stock.reservation', ?, 'reserved')";

    /** The number of items the spread reservations are spread over. */
    @Param("1000")
    public int items;

    private final Actor actor = Actor.of("bench", "storekeeper");
    private final TimeOrderedIds ids = new TimeOrderedIds();
    private EmbeddedLedgerDatabase database;
    private BackOffice backOffice;
    private ItemId[] itemIds;
    private ReserveStock[] spread;
    private ReserveStock[] hot;

    @Setup(Level.Trial)
    public void setUp() {
        database = new EmbeddedLedgerDatabase("p7");
        backOffice = database.backOffice();
        LocationId root = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main")).rootLocation();
        LocationId shelf = backOffice.warehousing().addLocation(actor, AddLocation.of(root, "A", "Shelf A")).id();
        itemIds = new ItemId[items];
        for (int i = 0; i < items; i++) {
            itemIds[i] = backOffice.itemCatalog().createItem(actor,
                    CreateItem.of("SKU-" + i, "Item " + i, UnitOfMeasure.of("pc"))).id();
            backOffice.inventory().move(actor, NewStockMove.receipt(itemIds[i], pieces(10_000_000), shelf));
        }
        spread = new ReserveStock[RING];
        hot = new ReserveStock[RING];
        Random random = new Random(7);
        for (int i = 0; i < RING; i++) {
            spread[i] = ReserveStock.of(itemIds[random.nextInt(items)], "order-" + i, pieces(1));
            hot[i] = ReserveStock.of(itemIds[0], "order-" + i, pieces(1));
        }
    }

    private static Quantity pieces(long count) {
        return Quantity.of(BigDecimal.valueOf(count), "pc");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            requireNoOversell();
        } finally {
            database.close();
        }
    }

    /** The library: one {@code Reservations.reserve} of one piece of a random item, a transaction of its own. */
    @Benchmark
    public ReservationResult reserveSpread(RingCursor cursor) {
        return backOffice.reservations().reserve(actor, spread[cursor.next(RING)]);
    }

    /** The library: one {@code Reservations.reserve} of one piece, every thread on the same item. */
    @Benchmark
    public ReservationResult reserveHot(RingCursor cursor) {
        return backOffice.reservations().reserve(actor, hot[cursor.next(RING)]);
    }

    /** The baseline: the same reservation of a random item written by hand, in a transaction of its own. */
    @Benchmark
    public UUID jdbcBaselineSpread(RingCursor cursor) throws SQLException {
        return reserveByHand(spread[cursor.next(RING)]);
    }

    private UUID reserveByHand(ReserveStock command) throws SQLException {
        String tenant = actor.tenant().value();
        UUID item = command.item().value();
        BigDecimal quantity = command.quantity().value();
        try (Connection connection = database.pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement select = connection.prepareStatement(SELECT_ITEM)) {
                    select.setString(1, tenant);
                    select.setObject(2, item);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("no item " + item);
                        }
                    }
                }
                UUID location = null;
                String lot = null;
                try (PreparedStatement select = connection.prepareStatement(SELECT_STOCK)) {
                    select.setString(1, tenant);
                    select.setObject(2, item);
                    try (ResultSet rows = select.executeQuery()) {
                        while (location == null && rows.next()) {
                            if (rows.getBigDecimal(3).subtract(rows.getBigDecimal(4)).compareTo(quantity) >= 0) {
                                location = rows.getObject(1, UUID.class);
                                lot = rows.getString(2);
                            }
                        }
                    }
                }
                if (location == null) {
                    throw new IllegalStateException("nothing available of " + item);
                }
                try (PreparedStatement update = connection.prepareStatement(RESERVE_ON_ROW)) {
                    update.setBigDecimal(1, quantity);
                    update.setString(2, tenant);
                    update.setObject(3, item);
                    update.setObject(4, location);
                    update.setString(5, lot);
                    update.setBigDecimal(6, quantity);
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("the stock row of " + item + " no longer has enough available");
                    }
                }
                UUID reservation = ids.newId();
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RESERVATION)) {
                    insert.setObject(1, reservation);
                    insert.setString(2, tenant);
                    insert.setObject(3, ids.newId());
                    insert.setString(4, command.demand());
                    insert.setObject(5, item);
                    insert.setObject(6, location);
                    insert.setString(7, lot);
                    insert.setBigDecimal(8, quantity);
                    insert.setTimestamp(9, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
                    insert.setObject(1, ids.newId());
                    insert.setString(2, tenant);
                    insert.setString(3, actor.id());
                    insert.setTimestamp(4, now);
                    insert.setObject(5, reservation);
                    insert.executeUpdate();
                }
                connection.commit();
                return reservation;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Fails loudly when a stock row of an internal location holds more reserved than on hand (oversold) or when a reserved
     * quantity differs from the open reservations that make it up (drift, the library's own check).
     */
    private void requireNoOversell() {
        long oversold;
        try (Connection connection = database.pool().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from bo_stock_quants q join bo_stock_locations l "
                     + "on l.id = q.location_id and l.tenant_id = q.tenant_id "
                     + "where l.location_type = 'INTERNAL' and q.reserved > q.on_hand")) {
            row.next();
            oversold = row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the stock rows", e);
        }
        ReservationCheck check = backOffice.reservations().checkReservations(actor);
        if (oversold != 0 || !check.isConsistent()) {
            throw new IllegalStateException("OVERSOLD OR DRIFTED: " + oversold + " stock rows reserve more than is on hand, "
                    + check.drifts().size() + " of " + check.rowsChecked() + " reserved quantities differ from their reservations");
        }
        System.out.println("P7 check: " + check.rowsChecked() + " reserved stock rows, none oversold, no drift");
    }
}
