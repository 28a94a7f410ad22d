package dev.backoffice.inmemory;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.StockLocations;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stock locations in memory. A location never changes once stored, so the store keeps the object itself. */
public final class InMemoryStockLocations implements StockLocations {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<LocationId, StockLocation> byId = new ConcurrentHashMap<>();
    private final Map<String, LocationId> byCode = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockLocations(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String codeKey(TenantId tenant, String code) {
        return tenant.value() + '\u0000' + code;
    }

    @Override
    public void add(StockLocation location) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = codeKey(location.tenant(), location.code());
        if (byCode.containsKey(key)) {
            throw new RuleViolationException(StockError.LOCATION_CODE_TAKEN,
                    "The location code " + location.code() + " is already used.");
        }
        if (byId.putIfAbsent(location.id(), location) != null) {
            throw new IllegalStateException("location " + location.id() + " exists already");
        }
        byCode.put(key, location.id());
        tx.onRollback(() -> {
            byId.remove(location.id());
            byCode.remove(key);
        });
    }

    @Override
    public Optional<StockLocation> find(TenantId tenant, LocationId id) {
        StockLocation stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public Map<LocationId, StockLocation> findAll(TenantId tenant, Collection<LocationId> ids) {
        Map<LocationId, StockLocation> found = new HashMap<>();
        for (LocationId id : ids) {
            find(tenant, id).ifPresent(l -> found.put(id, l));
        }
        return found;
    }

    @Override
    public Optional<StockLocation> findByCode(TenantId tenant, String code) {
        LocationId id = byCode.get(codeKey(tenant, code));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public Optional<StockLocation> findVirtual(TenantId tenant, LocationType type) {
        return type.isVirtual() ? findByCode(tenant, type.virtualCode()) : Optional.empty();
    }

    @Override
    public List<StockLocation> findByWarehouse(TenantId tenant, WarehouseId warehouse) {
        return byId.values().stream()
                .filter(l -> l.tenant().equals(tenant) && l.warehouse().filter(warehouse::equals).isPresent())
                .sorted(Comparator.comparing(StockLocation::code)).toList();
    }

    @Override
    public List<StockLocation> findAll(TenantId tenant) {
        return byId.values().stream().filter(l -> l.tenant().equals(tenant))
                .sorted(Comparator.comparing(StockLocation::code)).toList();
    }
}
