package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReservationCheck;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R2 no oversold stock on PostgreSQL: 16 threads reserve through the public api, each asking for
 * more than there is in total and now and then releasing what it got, first on one item whose
 * stock lies on two shelves, then across 100 items. Afterwards, on every shelf, reserved never
 * exceeds on hand, on hand is never negative, reserved plus available is on hand, the reserved
 * total is exactly what the successful calls reserved less what they released, and
 * {@code checkReservations} finds no drift. A refusal must be {@code stock.quantity.insufficient};
 * any other failure counts as an anomaly.
 */
class NoOversellTest {

    private static final int THREADS = 16;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r2_no_oversell");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    /** One tenant's warehouse with two shelves, and items with their stock received on both. */
    private record Stock(Actor actor, List<LocationSnapshot> shelves, List<StockItemSnapshot> items, long perItem) {
    }

    private static Stock stock(String tenant, int items, long onShelfA, long onShelfB) {
        Actor actor = Actor.of(tenant, "r2");
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        LocationSnapshot shelfA = backOffice.warehousing().addLocation(actor, AddLocation.of(main.rootLocation(), "A", "Shelf A"));
        LocationSnapshot shelfB = backOffice.warehousing().addLocation(actor, AddLocation.of(main.rootLocation(), "B", "Shelf B"));
        List<StockItemSnapshot> created = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            StockItemSnapshot item = backOffice.itemCatalog().createItem(actor,
                    CreateItem.of("SKU-" + i, "Item " + i, UnitOfMeasure.of("pc")));
            backOffice.inventory().move(actor, NewStockMove.receipt(item.id(), Quantity.of(onShelfA, "pc"), shelfA.id()));
            backOffice.inventory().move(actor, NewStockMove.receipt(item.id(), Quantity.of(onShelfB, "pc"), shelfB.id()));
            created.add(item);
        }
        return new Stock(actor, List.of(shelfA, shelfB), created, onShelfA + onShelfB);
    }

    /** What the threads did, as they saw it. */
    private static final class Outcome {
        final AtomicInteger operations = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
        final List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        final Map<Object, BigDecimal> heldPerItem = new ConcurrentHashMap<>();
    }

    private static Outcome race(Stock stock, int operationsPerThread, int maxPieces) throws Exception {
        Outcome outcome = new Outcome();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    go.await();
                    for (int i = 0; i < operationsPerThread; i++) {
                        StockItemSnapshot item = stock.items().get(random.nextInt(stock.items().size()));
                        String demand = "T" + thread + "-" + i;
                        long pieces = 1 + random.nextInt(maxPieces);
                        outcome.operations.incrementAndGet();
                        try {
                            ReservationResult result = backOffice.reservations().reserve(stock.actor(),
                                    ReserveStock.of(item.id(), demand, Quantity.of(pieces, "pc")));
                            outcome.heldPerItem.merge(item.id(), result.reserved().value(), BigDecimal::add);
                            if (random.nextInt(4) == 0) {
                                outcome.operations.incrementAndGet();
                                backOffice.reservations().releaseDemand(stock.actor(), demand);
                                outcome.heldPerItem.merge(item.id(), result.reserved().value().negate(), BigDecimal::add);
                            }
                        } catch (BackOfficeException e) {
                            if (StockError.QUANTITY_INSUFFICIENT.code().equals(e.code())) {
                                outcome.refusals.incrementAndGet();
                            } else {
                                outcome.unexpected.add(e);
                            }
                        } catch (RuntimeException e) {
                            outcome.unexpected.add(e);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcome;
    }

    /** Every way the books can be wrong after the race, counted. */
    private static int anomalies(Stock stock, Outcome outcome) throws SQLException {
        int anomalies = outcome.unexpected.size();
        for (StockItemSnapshot item : stock.items()) {
            BigDecimal reserved = BigDecimal.ZERO;
            for (LocationSnapshot shelf : stock.shelves()) {
                StockLevel level = backOffice.inventory().level(stock.actor(), item.id(), shelf.id());
                BigDecimal onHand = level.onHand().value();
                if (level.reserved().value().compareTo(onHand) > 0 || onHand.signum() < 0
                        || level.reserved().value().add(level.available().value()).compareTo(onHand) != 0
                        || level.reserved().value().signum() < 0) {
                    anomalies++;
                }
                reserved = reserved.add(level.reserved().value());
            }
            BigDecimal held = outcome.heldPerItem.getOrDefault(item.id(), BigDecimal.ZERO);
            if (reserved.compareTo(held) != 0 || reserved.compareTo(BigDecimal.valueOf(stock.perItem())) > 0) {
                anomalies++;
            }
        }
        ReservationCheck check = backOffice.reservations().checkReservations(stock.actor());
        anomalies += check.drifts().size();
        // and straight from the table, past the library: no internal row of the tenant holds more than it has
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM bo_stock_quants q "
                     + "JOIN bo_stock_locations l ON l.id = q.location_id AND l.location_type = 'INTERNAL' "
                     + "WHERE q.tenant_id = '" + stock.actor().tenant().value() + "' "
                     + "AND (q.on_hand < 0 OR q.reserved < 0 OR q.reserved > q.on_hand)")) {
            rows.next();
            anomalies += rows.getInt(1);
        }
        return anomalies;
    }

    @Test
    void sixteenThreadsNeverOversellOneItem() throws Exception {
        Stock stock = stock("r2one", 1, 50, 30);

        Outcome outcome = race(stock, 25, 3);

        int anomalies = anomalies(stock, outcome);
        System.out.println("RELIABILITY R2 no-oversell-1 threads=" + THREADS + " operations=" + outcome.operations.get()
                + " refused=" + outcome.refusals.get() + " anomalies=" + anomalies);
        assertThat(outcome.unexpected).isEmpty();
        assertThat(outcome.refusals.get()).as("demand above stock is refused").isPositive();
        assertThat(anomalies).isZero();
    }

    @Test
    void sixteenThreadsNeverOversellAHundredItems() throws Exception {
        Stock stock = stock("r2hundred", 100, 8, 4);

        Outcome outcome = race(stock, 50, 4);

        int anomalies = anomalies(stock, outcome);
        System.out.println("RELIABILITY R2 no-oversell-100 threads=" + THREADS + " operations=" + outcome.operations.get()
                + " refused=" + outcome.refusals.get() + " anomalies=" + anomalies);
        assertThat(outcome.unexpected).isEmpty();
        assertThat(outcome.refusals.get()).as("demand above stock is refused").isPositive();
        assertThat(anomalies).isZero();
    }
}
