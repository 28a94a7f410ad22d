package dev.backoffice.jpa;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReorderRuleEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.ReorderRules;

import java.util.List;
import java.util.Optional;

/**
 * {@link ReorderRules} on {@code bo_stock_reorder_rules}: a unique key on tenant, item and warehouse
 * ({@code bo_stock_reorder_rules_uq}, retried by the unit of work so that a concurrent first rule is
 * then found and replaced); {@link #lockForUpdate} reads the row {@code FOR UPDATE} so that writers of
 * one rule run one after the other; {@code @Version} guards it against a writer that did not lock it.
 */
final class JpaReorderRules implements ReorderRules {

    private static final String SELECT = "select r from BoStockReorderRule r where r.tenantId = :tenant ";

    private final JpaUnitOfWork uow;

    JpaReorderRules(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(ReorderRule rule) {
        uow.withEntityManager(em -> {
            em.persist(StockMapper.newEntity(rule));
            em.flush();
            return null;
        });
    }

    @Override
    public void update(ReorderRule rule) {
        uow.withEntityManager(em -> {
            ReorderRuleEntity entity = forUpdate(em, rule);
            StockMapper.copyChangeable(rule, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public void remove(ReorderRule rule) {
        uow.withEntityManager(em -> {
            em.remove(forUpdate(em, rule));
            em.flush();
            return null;
        });
    }

    /** The stored row at the version the caller read; a removed or changed one is a concurrent update. */
    private static ReorderRuleEntity forUpdate(jakarta.persistence.EntityManager em, ReorderRule rule) {
        ReorderRuleEntity entity = em.find(ReorderRuleEntity.class, rule.id().value());
        if (entity == null || !entity.getTenantId().equals(rule.tenant().value())
                || entity.getVersion() != rule.version()) {
            throw new ConcurrentUpdateException("The reorder rule " + rule.id() + " was changed by someone else.");
        }
        return entity;
    }

    @Override
    public Optional<ReorderRule> find(TenantId tenant, ItemId item, WarehouseId warehouse) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT
                        + "and r.itemId = :item and r.warehouseId = :warehouse", ReorderRuleEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("warehouse", warehouse.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public Optional<ReorderRule> lockForUpdate(TenantId tenant, ItemId item, WarehouseId warehouse) {
        return uow.withEntityManager(em -> em.createQuery(SELECT
                        + "and r.itemId = :item and r.warehouseId = :warehouse", ReorderRuleEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .setParameter("warehouse", warehouse.value())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<ReorderRule> findByItem(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT
                        + "and r.itemId = :item order by r.warehouseId", ReorderRuleEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<ReorderRule> findByWarehouse(TenantId tenant, WarehouseId warehouse) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT
                        + "and r.warehouseId = :warehouse order by r.itemId", ReorderRuleEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("warehouse", warehouse.value())
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<ReorderRule> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT
                        + "order by r.warehouseId, r.itemId", ReorderRuleEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream().map(StockMapper::toDomain).toList());
    }
}
