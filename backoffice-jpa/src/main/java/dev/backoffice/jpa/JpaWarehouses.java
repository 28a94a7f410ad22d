package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.WarehouseEntity;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.Warehouses;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Warehouses} on {@code bo_stock_warehouses}; a warehouse never changes once stored. */
final class JpaWarehouses implements Warehouses {

    private final JpaUnitOfWork uow;

    JpaWarehouses(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Warehouse warehouse) {
        uow.withEntityManager(em -> {
            if (findByCode(warehouse.tenant(), warehouse.code()).isPresent()) {
                throw new RuleViolationException(StockError.WAREHOUSE_CODE_TAKEN,
                        "The warehouse code " + warehouse.code() + " is already used.");
            }
            // a concurrent insert of the same code fails on bo_stock_warehouses_tenant_code_uq; the retry reports it
            em.persist(StockMapper.newEntity(warehouse));
            return null;
        });
    }

    @Override
    public Optional<Warehouse> find(TenantId tenant, WarehouseId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select w from BoStockWarehouse w where w.tenantId = :tenant and w.id = :id", WarehouseEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Optional<Warehouse> findByCode(TenantId tenant, String code) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select w from BoStockWarehouse w where w.tenantId = :tenant and w.code = :code", WarehouseEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("code", code)
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<Warehouse> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select w from BoStockWarehouse w where w.tenantId = :tenant", WarehouseEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream().map(StockMapper::toDomain)
                .sorted(Comparator.comparing(Warehouse::code)) // Java string order, whatever the database collation
                .toList());
    }
}
