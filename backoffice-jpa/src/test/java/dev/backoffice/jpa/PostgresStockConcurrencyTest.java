package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.support.StartingGun;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.QuantityGuard;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.spi.StockAdapters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first writers of stock rows on PostgreSQL: threads that change a quantity row nobody has
 * created yet all land (the insert that loses the race falls back to the guarded update, no change
 * is lost), and warehouses opened at once in a new tenant share one virtual location of each type.
 */
class PostgresStockConcurrencyTest {

    private static final int THREADS = 16;

    private static JpaAdapters adapters;
    private static StockAdapters stock;

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "stock_concurrency");
        stock = adapters.stock().orElseThrow();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return StartingGun.all(tasks, 2, TimeUnit.MINUTES);
    }

    @Test
    void concurrentFirstChangesOfARowAreAllApplied() throws Exception {
        TenantId tenant = TenantId.of("firstrows");
        ItemId item = ItemId.of(UUID.randomUUID());
        List<LocationId> locations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            locations.add(LocationId.of(UUID.randomUUID()));
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                boolean applied = true;
                for (LocationId location : locations) {
                    applied &= adapters.unitOfWork().execute(() -> stock.stockQuantities().apply(tenant,
                            QuantityChange.onHand(item, location, "", BigDecimal.ONE, QuantityGuard.AVAILABLE_NOT_NEGATIVE),
                            Instant.now()));
                }
                return applied;
            });
        }

        assertThat(all(tasks)).containsOnly(true);

        List<StockQuant> rows = adapters.unitOfWork().read(() -> stock.stockQuantities().findByItem(tenant, item));
        assertThat(rows).hasSize(locations.size())
                .allSatisfy(row -> assertThat(row.onHand()).isEqualByComparingTo(BigDecimal.valueOf(THREADS)));
    }

    @Test
    void warehousesOpenedAtOnceShareTheVirtualLocations() throws Exception {
        BackOffice backOffice = BackOffice.builder(adapters).build();
        Actor actor = Actor.of("newtenant", "alice");
        List<Callable<String>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String code = "W" + t;
            tasks.add(() -> backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of(code, "Warehouse " + code)).code());
        }

        assertThat(all(tasks)).containsExactlyInAnyOrder("W0", "W1", "W2", "W3");

        List<StockLocation> locations = adapters.unitOfWork().read(() -> stock.stockLocations().findAll(actor.tenant()));
        for (LocationType type : LocationType.values()) {
            if (type.isVirtual()) {
                assertThat(locations).filteredOn(l -> l.type() == type).as(type.name()).hasSize(1);
            }
        }
    }
}
