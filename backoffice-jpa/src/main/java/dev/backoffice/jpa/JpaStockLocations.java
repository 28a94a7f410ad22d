package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockLocationEntity;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.StockLocations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link StockLocations} on {@code bo_stock_locations}; a location never changes once stored. */
final class JpaStockLocations implements StockLocations {

    private static final int IN_LIST_CHUNK = 500;
    /** Code order as Java compares strings, the same on every database whatever its collation. */
    private static final Comparator<StockLocation> BY_CODE = Comparator.comparing(StockLocation::code);

    private final JpaUnitOfWork uow;

    JpaStockLocations(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(StockLocation location) {
        uow.withEntityManager(em -> {
            if (findByCode(location.tenant(), location.code()).isPresent()) {
                if (location.type().isVirtual()) {
                    // the tenant's virtual locations are made by the first warehouse opened; one found here was
                    // made by a concurrent opening committed after this unit of work looked for it: run it again
                    throw new dev.backoffice.common.ConcurrentUpdateException("The virtual location " + location.code()
                            + " was made by a concurrent unit of work.");
                }
                throw new RuleViolationException(StockError.LOCATION_CODE_TAKEN,
                        "The location code " + location.code() + " is already used.");
            }
            // a concurrent insert of the same code fails on bo_stock_locations_tenant_code_uq; the retry reports it
            em.persist(StockMapper.newEntity(location));
            return null;
        });
    }

    @Override
    public Optional<StockLocation> find(TenantId tenant, LocationId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select l from BoStockLocation l where l.tenantId = :tenant and l.id = :id", StockLocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Map<LocationId, StockLocation> findAll(TenantId tenant, Collection<LocationId> ids) {
        List<UUID> values = ids.stream().map(LocationId::value).distinct().toList();
        if (values.isEmpty()) {
            return Map.of();
        }
        return uow.readWithEntityManager(em -> {
            Map<LocationId, StockLocation> found = new HashMap<>();
            for (int from = 0; from < values.size(); from += IN_LIST_CHUNK) {
                em.createQuery("select l from BoStockLocation l where l.tenantId = :tenant and l.id in :ids",
                                StockLocationEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", values.subList(from, Math.min(values.size(), from + IN_LIST_CHUNK)))
                        .getResultStream().map(StockMapper::toDomain)
                        .forEach(location -> found.put(location.id(), location));
            }
            return found;
        });
    }

    @Override
    public Optional<StockLocation> findByCode(TenantId tenant, String code) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select l from BoStockLocation l where l.tenantId = :tenant and l.code = :code",
                        StockLocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("code", code)
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Optional<StockLocation> findVirtual(TenantId tenant, LocationType type) {
        return type.isVirtual() ? findByCode(tenant, type.virtualCode()) : Optional.empty();
    }

    @Override
    public List<StockLocation> findByWarehouse(TenantId tenant, WarehouseId warehouse) {
        return uow.readWithEntityManager(em -> em.createQuery("select l from BoStockLocation l "
                        + "where l.tenantId = :tenant and l.warehouseId = :warehouse", StockLocationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("warehouse", warehouse.value())
                .getResultStream().map(StockMapper::toDomain).sorted(BY_CODE).toList());
    }

    @Override
    public List<StockLocation> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select l from BoStockLocation l where l.tenantId = :tenant", StockLocationEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream().map(StockMapper::toDomain).sorted(BY_CODE).toList());
    }
}
