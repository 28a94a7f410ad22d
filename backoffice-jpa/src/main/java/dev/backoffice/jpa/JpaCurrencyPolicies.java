package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.CurrencyPolicyEntity;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CurrencyPolicies} on {@code bo_currency_policies}, keyed by tenant: a second policy for a
 * tenant collides on the primary key (a conflict the unit of work retries, and the retry finds the
 * first); changes are guarded by the row's version.
 */
final class JpaCurrencyPolicies implements CurrencyPolicies {

    private final JpaUnitOfWork uow;

    JpaCurrencyPolicies(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<CurrencyPolicy> find(TenantId tenant) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(CurrencyPolicyEntity.class, tenant.value()))
                .map(JpaCurrencyPolicies::toDomain));
    }

    @Override
    public void add(CurrencyPolicy policy) {
        uow.withEntityManager(em -> {
            CurrencyPolicyEntity entity = new CurrencyPolicyEntity();
            entity.setTenantId(policy.tenant().value());
            entity.setFunctionalCurrency(policy.functionalCurrency().getCurrencyCode());
            copyChangeable(policy, entity);
            em.persist(entity);
            em.flush();
            return null;
        });
    }

    @Override
    public void update(CurrencyPolicy policy) {
        uow.withEntityManager(em -> {
            CurrencyPolicyEntity entity = em.find(CurrencyPolicyEntity.class, policy.tenant().value());
            if (entity == null) {
                throw new IllegalStateException("the currency policy of tenant " + policy.tenant() + " is not stored");
            }
            if (entity.getVersion() != policy.version()) {
                throw new ConcurrentUpdateException("The currency policy of tenant " + policy.tenant()
                        + " was changed by someone else.");
            }
            copyChangeable(policy, entity);
            em.flush();
            return null;
        });
    }

    private static void copyChangeable(CurrencyPolicy policy, CurrencyPolicyEntity entity) {
        entity.setExchangeGainAccount(policy.exchangeGainAccount().map(AccountId::value).orElse(null));
        entity.setExchangeLossAccount(policy.exchangeLossAccount().map(AccountId::value).orElse(null));
    }

    private static CurrencyPolicy toDomain(CurrencyPolicyEntity entity) {
        return CurrencyPolicy.restore(TenantId.of(entity.getTenantId()), Currency.getInstance(entity.getFunctionalCurrency()),
                accountId(entity.getExchangeGainAccount()), accountId(entity.getExchangeLossAccount()), entity.getVersion());
    }

    private static AccountId accountId(UUID value) {
        return value == null ? null : AccountId.of(value);
    }
}
