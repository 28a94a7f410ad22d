package dev.backoffice.jpa;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ItemValuationEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ItemValuation;
import dev.backoffice.stock.spi.ItemValuations;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * {@link ItemValuations} on {@code bo_stock_item_valuations} and {@code bo_stock_cost_layers}.
 * {@link #lockForUpdate} reads the item's row with {@code SELECT ... FOR UPDATE}: two units of work
 * valuing one item run one after the other, so two issues never take the same layer twice. A unit of
 * work locks at most the items of one call, in the order of their ids where it takes several (landed
 * costs). Two first valuations of one item at once collide on {@code bo_stock_item_valuations_pk}; the
 * unit of work retries and the later one then finds and locks the row. {@code @Version} guards the row
 * against a writer that did not lock it.
 */
final class JpaItemValuations implements ItemValuations {

    private final JpaUnitOfWork uow;

    JpaItemValuations(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<ItemValuation> lockForUpdate(TenantId tenant, ItemId item) {
        return uow.withEntityManager(em -> Optional.ofNullable(
                        em.find(ItemValuationEntity.class, item.value(), LockModeType.PESSIMISTIC_WRITE))
                .filter(e -> e.getTenantId().equals(tenant.value()))
                .map(ValuationMapper::toDomain));
    }

    @Override
    public Optional<ItemValuation> find(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery("select v from BoStockItemValuation v "
                        + "where v.tenantId = :tenant and v.itemId = :item", ItemValuationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .getResultStream().findFirst().map(ValuationMapper::toDomain));
    }

    @Override
    public void save(ItemValuation valuation) {
        uow.withEntityManager(em -> {
            ItemValuationEntity stored = em.find(ItemValuationEntity.class, valuation.item().value());
            if (stored == null) {
                if (valuation.version() != 0) {
                    throw new ConcurrentUpdateException("The valuation of item " + valuation.item() + " is gone.");
                }
                em.persist(ValuationMapper.newEntity(valuation));
            } else {
                if (!stored.getTenantId().equals(valuation.tenant().value())) {
                    throw new IllegalStateException("item " + valuation.item() + " is another tenant's");
                }
                if (stored.getVersion() != valuation.version()) {
                    throw new ConcurrentUpdateException("The valuation of item " + valuation.item()
                            + " was changed by someone else.");
                }
                ValuationMapper.copyChangeable(valuation, stored);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public List<ItemValuation> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery("select v from BoStockItemValuation v "
                        + "where v.tenantId = :tenant order by v.itemId", ItemValuationEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream().map(ValuationMapper::toDomain).toList());
    }
}
