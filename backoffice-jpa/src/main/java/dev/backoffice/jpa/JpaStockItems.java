package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockItemEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.spi.StockItems;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link StockItems} on {@code bo_stock_items}; optimistic locking through {@code @Version}. */
final class JpaStockItems implements StockItems {

    private final JpaUnitOfWork uow;

    JpaStockItems(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(StockItem item) {
        uow.withEntityManager(em -> {
            if (findBySku(item.tenant(), item.sku()).isPresent()) {
                throw new RuleViolationException(StockError.ITEM_SKU_TAKEN, "The SKU " + item.sku() + " is already used.");
            }
            // a concurrent insert of the same SKU fails on bo_stock_items_tenant_sku_uq; the unit of work retries and
            // the check above then reports it
            em.persist(StockMapper.newEntity(item));
            return null;
        });
    }

    @Override
    public void update(StockItem item) {
        uow.withEntityManager(em -> {
            StockItemEntity entity = VersionedRows.forUpdate(em, StockItemEntity.class, item.id().value(), item.tenant(),
                    item.version(), StockError.ITEM_NOT_FOUND, "Stock item " + item.sku());
            StockMapper.copyChangeable(item, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<StockItem> find(TenantId tenant, ItemId id) {
        // plain JDBC (StockRows): read on every reservation and move, and held by no persistence context
        return uow.readWithEntityManager(em -> StockRows.item(em, tenant, id).map(StockMapper::toDomain));
    }

    @Override
    public Optional<StockItem> findBySku(TenantId tenant, String sku) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select i from BoStockItem i left join fetch i.conversions where i.tenantId = :tenant and i.sku = :sku", StockItemEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("sku", sku)
                .getResultList().stream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<StockItem> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select i from BoStockItem i left join fetch i.conversions where i.tenantId = :tenant", StockItemEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList().stream().map(StockMapper::toDomain)
                .sorted(Comparator.comparing(StockItem::sku)) // Java string order, whatever the database collation
                .toList());
    }
}
