package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReorderRuleSnapshot;
import dev.backoffice.stock.api.SetReorderRule;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reorder rules set at once on PostgreSQL: threads that set the first rule of one item and warehouse
 * all succeed (the insert that loses on the unique key is retried and replaces the winner's rule),
 * and the item keeps exactly one rule, with the values of one of them.
 */
class PostgresReplenishmentConcurrencyTest {

    private static final int THREADS = 8;

    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "replenishment_concurrency");
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void concurrentFirstRulesOfAnItemInAWarehouseLeaveOneRule() throws Exception {
        Actor alice = Actor.of("replenishment", "alice");
        StockItemSnapshot item = backOffice.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        backOffice.inventory().move(alice, NewStockMove.receipt(item.id(), Quantity.of(3, "pc"), main.rootLocation()));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ReorderRuleSnapshot>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                long minimum = 10 + i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return backOffice.replenishment().setReorderRule(alice, SetReorderRule.of(item.id(), main.id(),
                            Quantity.of(minimum, "pc"), Quantity.of(100, "pc")));
                }));
            }
            go.countDown();
            List<ReorderRuleSnapshot> set = new ArrayList<>();
            for (Future<ReorderRuleSnapshot> future : futures) {
                set.add(future.get(2, TimeUnit.MINUTES));
            }
            assertThat(set).extracting(ReorderRuleSnapshot::id).containsOnly(set.get(0).id());
        } finally {
            pool.shutdownNow();
        }

        List<ReorderRuleSnapshot> rules = backOffice.replenishment().reorderRules(alice, main.id());
        assertThat(rules).hasSize(1);
        long kept = rules.get(0).minimum().value().longValueExact();
        assertThat(kept).isBetween(10L, 10L + THREADS - 1);
        assertThat(backOffice.replenishment().reorderProposals(alice)).singleElement()
                .satisfies(p -> assertThat(p.quantityToOrder()).isEqualTo(Quantity.of(97, "pc")));
        System.out.println("RELIABILITY replenishment-first-rule threads=" + THREADS + " rules=" + rules.size());
    }
}
