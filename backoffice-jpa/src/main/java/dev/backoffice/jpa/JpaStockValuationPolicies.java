package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockValuationPolicyEntity;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockValuationPolicy;
import dev.backoffice.stock.spi.StockValuationPolicies;

import java.util.Currency;
import java.util.Optional;

/**
 * {@link StockValuationPolicies} on {@code bo_stock_valuation_policies}, one row per tenant. Two first
 * saves at once collide on {@code bo_stock_valuation_policies_pk}; the unit of work retries and the
 * later one then replaces the policy like any other save.
 */
final class JpaStockValuationPolicies implements StockValuationPolicies {

    private final JpaUnitOfWork uow;

    JpaStockValuationPolicies(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void save(StockValuationPolicy policy) {
        uow.withEntityManager(em -> {
            StockValuationPolicyEntity stored = em.find(StockValuationPolicyEntity.class, policy.tenant().value());
            StockValuationPolicyEntity entity = stored == null ? new StockValuationPolicyEntity() : stored;
            entity.setTenantId(policy.tenant().value());
            entity.setCurrency(policy.currency().getCurrencyCode());
            StockAccountSet accounts = policy.accounts().orElse(null);
            entity.setInventoryAccount(accounts == null ? null : accounts.inventory());
            entity.setCogsAccount(accounts == null ? null : accounts.costOfGoodsSold());
            entity.setReceivedAccount(accounts == null ? null : accounts.receivedNotBilled());
            entity.setVarianceAccount(accounts == null ? null : accounts.priceVariance());
            entity.setLossAccount(accounts == null ? null : accounts.inventoryLoss());
            if (stored == null) {
                em.persist(entity);
            }
            return null;
        });
    }

    @Override
    public Optional<StockValuationPolicy> find(TenantId tenant) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(StockValuationPolicyEntity.class, tenant.value()))
                .map(e -> new StockValuationPolicy(tenant, Currency.getInstance(e.getCurrency()),
                        e.getInventoryAccount() == null ? null : new StockAccountSet(e.getInventoryAccount(),
                                e.getCogsAccount(), e.getReceivedAccount(), e.getVarianceAccount(), e.getLossAccount()))));
    }
}
