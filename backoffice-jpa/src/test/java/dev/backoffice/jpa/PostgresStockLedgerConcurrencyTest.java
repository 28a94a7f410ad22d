package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.MoveHistory;
import dev.backoffice.stock.api.MoveHistoryLine;
import dev.backoffice.stock.api.MoveHistoryQuery;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockHeld;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.api.OpenWarehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock as of an instant on PostgreSQL after threads that receive, transfer, issue and reverse one
 * item at once: the as-of figure for now, summed by the database from the done moves, equals the
 * on-hand quantities the guarded statements kept, in every location; and the move history, read page
 * by page, ends at the warehouse's on hand.
 */
class PostgresStockLedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int STEPS = 25;

    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "stock_ledger");
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void stockAsOfNowEqualsOnHandAfterAConcurrentWorkload() throws Exception {
        Actor alice = Actor.of("ledger", "alice");
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        List<LocationSnapshot> shelves = new ArrayList<>();
        for (String code : List.of("A", "B", "C")) {
            shelves.add(backOffice.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), code, "Shelf " + code)));
        }
        StockItemSnapshot widget = backOffice.itemCatalog().createItem(alice,
                CreateItem.of("WIDGET", "Widget", UnitOfMeasure.of("pc").with("box", "12")));

        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            tasks.add(() -> workload(alice, widget, shelves, new Random(seed)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        int done = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            for (Future<Integer> future : futures) {
                done += future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(done).isPositive();

        Instant now = Instant.now();
        Map<String, Quantity> onHand = backOffice.inventory().levels(alice, widget.id()).stream()
                .collect(Collectors.toMap(l -> l.location().toString(), StockLevel::onHand));
        Map<String, Quantity> asOf = backOffice.stockLedger().onHandAsOf(alice, widget.id(), null, now).stream()
                .collect(Collectors.toMap(h -> h.location().toString(), StockHeld::onHand));
        assertThat(asOf).isEqualTo(onHand);
        Quantity warehouse = backOffice.inventory().level(alice, widget.id(), main.rootLocation()).onHand();
        assertThat(backOffice.stockLedger().levelAsOf(alice, widget.id(), main.rootLocation(), now)).isEqualTo(warehouse);

        List<MoveHistoryLine> lines = new ArrayList<>();
        MoveHistory page = backOffice.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())
                .in(main.rootLocation()).limit(7));
        lines.addAll(page.lines());
        while (page.next() != null) {
            page = backOffice.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())
                    .in(main.rootLocation()).limit(7).after(page.next()));
            lines.addAll(page.lines());
        }
        assertThat(lines).hasSize(backOffice.inventory().moves(alice, widget.id()).stream()
                .filter(m -> m.doneAt() != null).toList().size());
        assertThat(lines.get(lines.size() - 1).running()).isEqualTo(warehouse);
        assertThat(lines).extracting(l -> l.move().doneAt()).isSorted();
    }

    /** Random receipts, transfers, issues and reversals; returns how many were done. */
    private static int workload(Actor actor, StockItemSnapshot item, List<LocationSnapshot> shelves, Random random) {
        int done = 0;
        List<StockMoveSnapshot> mine = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            LocationSnapshot shelf = shelves.get(random.nextInt(shelves.size()));
            LocationSnapshot other = shelves.get((shelves.indexOf(shelf) + 1) % shelves.size());
            Quantity quantity = Quantity.of(1 + random.nextInt(5), "pc");
            try {
                StockMoveSnapshot move = switch (random.nextInt(4)) {
                    case 0 -> backOffice.inventory().move(actor, NewStockMove.receipt(item.id(), quantity, shelf.id()));
                    case 1 -> backOffice.inventory().move(actor, NewStockMove.transfer(item.id(), quantity, shelf.id(),
                            other.id()));
                    case 2 -> backOffice.inventory().move(actor, NewStockMove.issue(item.id(), quantity, shelf.id()));
                    default -> mine.isEmpty() ? backOffice.inventory().move(actor,
                            NewStockMove.receipt(item.id(), Quantity.of(1, "box"), shelf.id()))
                            : backOffice.inventory().reverseMove(actor, ReverseStockMove.of(mine.remove(0).id()));
                };
                mine.add(move);
                done++;
            } catch (BackOfficeException refused) {
                // not enough on hand, or a reversal whose stock has gone: the workload goes on
            }
        }
        return done;
    }
}
