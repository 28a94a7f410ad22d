package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Account totals in memory: one immutable {@link AccountBalance} per account, replaced on change. */
public final class InMemoryAccountBalances implements AccountBalances {

    private record Stored(TenantId tenant, AccountBalance balance) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<AccountId, Stored> balances = new ConcurrentHashMap<>();

    public InMemoryAccountBalances(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void open(TenantId tenant, AccountId account, Currency currency) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (balances.putIfAbsent(account, new Stored(tenant, AccountBalance.zero(account, currency))) == null) {
            tx.onRollback(() -> balances.remove(account));
        }
    }

    @Override
    public Optional<AccountBalance> find(TenantId tenant, AccountId account) {
        Stored stored = balances.get(account);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(stored.balance()) : Optional.empty();
    }

    @Override
    public List<AccountBalance> findAll(TenantId tenant) {
        return balances.values().stream().filter(s -> s.tenant().equals(tenant)).map(Stored::balance).toList();
    }

    @Override
    public void apply(TenantId tenant, Collection<AccountBalance> deltas) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        for (AccountBalance delta : deltas) {
            Stored stored = balances.get(delta.accountId());
            if (stored == null || !stored.tenant().equals(tenant)) {
                throw new IllegalStateException("no balance for account " + delta.accountId());
            }
            balances.put(delta.accountId(), new Stored(tenant, stored.balance().plus(delta)));
            tx.onRollback(() -> balances.put(delta.accountId(), stored));
        }
    }
}
