package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReceivablesConfigurationEntity;
import dev.backoffice.jpa.entity.ReceivablesConfigurationKey;

import java.util.Currency;
import java.util.Optional;

/**
 * {@link ReceivablesConfigurations} on {@code bo_receivables_configurations}, one row per tenant
 * and currency: saving replaces the row; two first saves at once collide on the primary key, a
 * conflict the unit of work retries, and the retry replaces the first.
 */
final class JpaReceivablesConfigurations implements ReceivablesConfigurations {

    private final JpaUnitOfWork uow;

    JpaReceivablesConfigurations(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void save(ReceivablesConfiguration configuration) {
        uow.withEntityManager(em -> {
            ReceivablesConfigurationEntity entity = em.find(ReceivablesConfigurationEntity.class, key(
                    configuration.tenant(), configuration.currency()));
            if (entity == null) {
                entity = new ReceivablesConfigurationEntity();
                ReceivablesMapper.copy(configuration, entity);
                em.persist(entity);
            } else {
                ReceivablesMapper.copy(configuration, entity);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<ReceivablesConfiguration> find(TenantId tenant, Currency currency) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(
                        em.find(ReceivablesConfigurationEntity.class, key(tenant, currency)))
                .map(ReceivablesMapper::toDomain));
    }

    private static ReceivablesConfigurationKey key(TenantId tenant, Currency currency) {
        return new ReceivablesConfigurationKey(tenant.value(), currency.getCurrencyCode());
    }
}
