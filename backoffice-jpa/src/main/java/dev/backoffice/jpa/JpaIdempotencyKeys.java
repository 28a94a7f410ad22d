package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.jpa.entity.IdempotencyKeyEntity;

import java.util.Optional;

/**
 * {@link IdempotencyKeys} on {@code bo_idempotency_keys}. A key stored by two transactions at
 * once violates the primary key (tenant, key) at the later commit; {@link JpaUnitOfWork} retries
 * that, and the retry finds the first request's entry.
 */
final class JpaIdempotencyKeys implements IdempotencyKeys {

    private final JpaUnitOfWork uow;

    JpaIdempotencyKeys(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<Entry> find(TenantId tenant, String key) {
        return uow.readWithEntityManager(em -> Optional
                .ofNullable(em.find(IdempotencyKeyEntity.class, new IdempotencyKeyEntity.Key(tenant.value(), key)))
                .map(RecordMapper.INSTANCE::toDomain));
    }

    @Override
    public void add(Entry entry) {
        uow.withEntityManager(em -> {
            em.persist(RecordMapper.INSTANCE.toEntity(entry));
            return null;
        });
    }
}
