package dev.backoffice.stock.application;

import dev.backoffice.common.TenantId;
import dev.backoffice.inmemory.InMemoryStockLocations;
import dev.backoffice.inmemory.InMemoryUnitOfWork;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.StockLocations;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KnownLocationsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryStockLocations stored = new InMemoryStockLocations(unitOfWork);
    /** The ids each read of locations by id asked for. */
    private final List<List<Object>> reads = new ArrayList<>();
    private final KnownLocations known = new KnownLocations(counting(stored));

    @Test
    void aLocationIsReadOnceAndThenAnsweredFromTheCopy() {
        TenantId tenant = TenantId.of("north");
        StockLocation shelf = add(tenant, "WH1");
        StockLocation bin = add(tenant, "WH2");

        assertThat(known.of(tenant, List.of(shelf.id()))).containsOnlyKeys(shelf.id());
        assertThat(known.of(tenant, List.of(shelf.id(), bin.id()))).containsOnlyKeys(shelf.id(), bin.id());
        assertThat(known.of(tenant, List.of(bin.id(), shelf.id()))).containsOnlyKeys(shelf.id(), bin.id());

        assertThat(reads).as("only the locations not seen before are read").hasSize(2);
        assertThat(reads.get(1)).containsExactly(bin.id());
    }

    @Test
    void anotherTenantsLocationIsNotAnsweredEvenWhenKnown() {
        TenantId north = TenantId.of("north");
        StockLocation shelf = add(north, "WH1");
        assertThat(known.of(north, List.of(shelf.id()))).containsOnlyKeys(shelf.id());

        assertThat(known.of(TenantId.of("south"), List.of(shelf.id()))).isEmpty();
        assertThat(known.of(TenantId.of("south"), List.of(LocationId.of(UUID.randomUUID())))).isEmpty();
    }

    private StockLocation add(TenantId tenant, String code) {
        StockLocation location = StockLocation.warehouseRoot(LocationId.of(UUID.randomUUID()), tenant,
                WarehouseId.of(UUID.randomUUID()), code, code, NOW);
        unitOfWork.execute(() -> {
            stored.add(location);
            return null;
        });
        return location;
    }

    @SuppressWarnings("unchecked")
    private StockLocations counting(StockLocations target) {
        return (StockLocations) Proxy.newProxyInstance(StockLocations.class.getClassLoader(), new Class<?>[]{StockLocations.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findAll") && args.length == 2) {
                        reads.add(List.copyOf((Collection<Object>) args[1]));
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
