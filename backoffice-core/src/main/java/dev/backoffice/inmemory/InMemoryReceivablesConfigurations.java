package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.TenantId;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Receivables configurations in memory (immutable records, stored as they are). */
public final class InMemoryReceivablesConfigurations implements ReceivablesConfigurations {

    private record Key(TenantId tenant, Currency currency) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Key, ReceivablesConfiguration> byKey = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryReceivablesConfigurations(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(ReceivablesConfiguration configuration) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Key key = new Key(configuration.tenant(), configuration.currency());
        ReceivablesConfiguration earlier = byKey.put(key, configuration);
        tx.onRollback(() -> {
            if (earlier == null) {
                byKey.remove(key);
            } else {
                byKey.put(key, earlier);
            }
        });
    }

    @Override
    public Optional<ReceivablesConfiguration> find(TenantId tenant, Currency currency) {
        return Optional.ofNullable(byKey.get(new Key(tenant, currency)));
    }
}
