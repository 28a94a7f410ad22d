package dev.backoffice.inmemory;

import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads reserve, issue and release one item whose demand is far above its stock: it is
 * never oversold, what the callers were told they hold is what the rows hold, and the drift check
 * finds nothing.
 */
class InMemoryStockConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 200;
    private static final int STOCK = 500;

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final StockContext stock = new StockContext(new UseCases(adapters.unitOfWork(), AccessPolicy.allowAll(),
            new CommandValidator(), adapters.idempotencyKeys(), adapters.auditRecords(), adapters.eventOutbox(),
            DomainEventPublisher.none(), new TimeOrderedIds(), Clock.systemUTC()), adapters.stock().orElseThrow());
    private final Actor actor = Actor.of("acme", "picker");

    @Test
    void parallelReservationsNeverOversellAndLeaveNoDrift() throws Exception {
        WarehouseSnapshot main = stock.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        StockItemSnapshot item = stock.itemCatalog().createItem(actor, CreateItem.of("HOT", "Hot item", UnitOfMeasure.of("pc")));
        stock.inventory().move(actor, NewStockMove.receipt(item.id(), Quantity.of(STOCK, "pc"), main.rootLocation()));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            outcomes.add(pool.submit(() -> {
                Random random = new Random(thread);
                start.await();
                long held = 0;
                long issued = 0;
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String demand = "T" + thread + "-" + i;
                    int wanted = 1 + random.nextInt(6);
                    ReservationResult result;
                    try {
                        result = stock.reservations().reserve(actor, ReserveStock.of(item.id(), demand, Quantity.of(wanted, "pc")));
                    } catch (RuntimeException refused) {
                        continue; // not enough left: refused whole
                    }
                    assertThat(result.reserved()).isEqualTo(Quantity.of(wanted, "pc"));
                    switch (random.nextInt(3)) {
                        case 0 -> held += wanted;
                        case 1 -> {
                            stock.inventory().move(actor, NewStockMove.issue(item.id(), Quantity.of(wanted, "pc"),
                                    main.rootLocation()).forDemand(demand));
                            issued += wanted;
                        }
                        default -> stock.reservations().releaseDemand(actor, demand);
                    }
                }
                return new long[] {held, issued};
            }));
        }
        start.countDown();
        long held = 0;
        long issued = 0;
        for (Future<long[]> outcome : outcomes) {
            long[] counts = outcome.get(120, TimeUnit.SECONDS);
            held += counts[0];
            issued += counts[1];
        }
        pool.shutdown();

        StockLevel level = stock.inventory().level(actor, item.id(), main.rootLocation());
        assertThat(level.onHand().value()).isEqualByComparingTo(BigDecimal.valueOf(STOCK - issued));
        assertThat(level.reserved().value()).isEqualByComparingTo(BigDecimal.valueOf(held));
        assertThat(level.available().signum()).isGreaterThanOrEqualTo(0);
        assertThat(held + issued).isLessThanOrEqualTo(STOCK);
        assertThat(stock.reservations().checkReservations(actor).drifts()).isEmpty();
        // the demand was far above the stock: it ran out, and what is left cannot be oversold
        assertThat(level.available().value()).isLessThan(BigDecimal.valueOf(6));
    }

    @Test
    void parallelBackordersAndReceiptsFillEveryDemandExactlyOnce() throws Exception {
        WarehouseSnapshot main = stock.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        StockItemSnapshot item = stock.itemCatalog().createItem(actor, CreateItem.of("BACK", "Backordered",
                UnitOfMeasure.of("pc")).withBackorders(true));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            outcomes.add(pool.submit(() -> {
                start.await();
                long moved = 0;
                for (int i = 0; i < CALLS_PER_THREAD / 4; i++) {
                    if (thread % 2 == 0) {
                        stock.reservations().reserve(actor, ReserveStock.of(item.id(), "T" + thread + "-" + i, Quantity.of(3, "pc")));
                        moved += 3;
                    } else {
                        stock.inventory().move(actor, NewStockMove.receipt(item.id(), Quantity.of(2, "pc"), main.rootLocation()));
                        moved += 2;
                    }
                }
                return moved;
            }));
        }
        start.countDown();
        long demanded = 0;
        long received = 0;
        for (int t = 0; t < THREADS; t++) {
            long moved = outcomes.get(t).get(120, TimeUnit.SECONDS);
            if (t % 2 == 0) {
                demanded += moved;
            } else {
                received += moved;
            }
        }
        pool.shutdown();

        StockLevel level = stock.inventory().level(actor, item.id(), main.rootLocation());
        assertThat(level.onHand().value()).isEqualByComparingTo(BigDecimal.valueOf(received));
        // everything received is reserved (demand is above supply), nothing more
        assertThat(level.reserved().value()).isEqualByComparingTo(BigDecimal.valueOf(Math.min(received, demanded)));
        BigDecimal outstanding = BigDecimal.ZERO;
        for (int t = 0; t < THREADS; t += 2) {
            for (int i = 0; i < CALLS_PER_THREAD / 4; i++) {
                for (var backorder : stock.reservations().backorders(actor, "T" + t + "-" + i)) {
                    outstanding = outstanding.add(backorder.outstanding().value());
                }
            }
        }
        assertThat(outstanding).isEqualByComparingTo(BigDecimal.valueOf(demanded - Math.min(received, demanded)));
        assertThat(stock.reservations().checkReservations(actor).drifts()).isEmpty();
    }
}
