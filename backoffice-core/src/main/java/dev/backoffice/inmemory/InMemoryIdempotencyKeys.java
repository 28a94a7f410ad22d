package dev.backoffice.inmemory;

import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.common.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Key(TenantId tenant, String key) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryIdempotencyKeys(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<Entry> find(TenantId tenant, String key) {
        return Optional.ofNullable(entries.get(new Key(tenant, key)));
    }

    @Override
    public void add(Entry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = new Key(entry.tenant(), entry.key());
        if (entries.putIfAbsent(key, entry) != null) {
            throw new IllegalStateException("idempotency key " + entry.key() + " is stored already");
        }
        tx.onRollback(() -> entries.remove(key));
    }
}
