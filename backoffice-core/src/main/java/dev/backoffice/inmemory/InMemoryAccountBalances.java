package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Account totals in memory: one immutable {@link AccountBalance} per account, replaced on change.
 * Like a database adapter it refuses to store totals that break the account's limit. The store's
 * single lock already serialises every change, so a hot account's balance buckets have no physical
 * effect here: the number is kept (and checked) beside the one total.
 */
public final class InMemoryAccountBalances implements AccountBalances {

    private record Stored(TenantId tenant, AccountBalance balance, BalanceLimit limit, int buckets) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<AccountId, Stored> balances = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryAccountBalances(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void open(Account account) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Stored zero = new Stored(account.tenant(), AccountBalance.zero(account.id(), account.currency()),
                account.balanceLimit(), account.balanceBuckets());
        if (balances.putIfAbsent(account.id(), zero) == null) {
            tx.onRollback(() -> balances.remove(account.id()));
        }
    }

    @Override
    public void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Stored stored = stored(tenant, account);
        store(tx, account, stored, new Stored(tenant, stored.balance(), limit, stored.buckets()));
    }

    @Override
    public void spread(TenantId tenant, AccountId account, int buckets) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (buckets < 1 || buckets > Account.MAX_BALANCE_BUCKETS) {
            throw new IllegalArgumentException("balance buckets must be from 1 to " + Account.MAX_BALANCE_BUCKETS);
        }
        Stored stored = stored(tenant, account);
        store(tx, account, stored, new Stored(tenant, stored.balance(), stored.limit(), buckets));
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
    public Map<AccountId, AccountBalance> lockForUpdate(TenantId tenant, Collection<AccountId> accounts) {
        unitOfWork.transaction(); // the store's single lock already holds every row still
        Map<AccountId, AccountBalance> found = new HashMap<>();
        for (AccountId id : accounts) {
            find(tenant, id).ifPresent(b -> found.put(id, b));
        }
        return found;
    }

    @Override
    public void apply(TenantId tenant, Collection<AccountBalance> deltas) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Collection<AccountBalance> merged = onePerAccount(deltas);
        AccountId[] changed = new AccountId[merged.size()];
        Stored[] before = new Stored[merged.size()];
        int count = 0;
        try {
            for (AccountBalance delta : merged) {
                Stored stored = stored(tenant, delta.accountId());
                Stored after = new Stored(tenant, stored.balance().plus(delta), stored.limit(), stored.buckets());
                requireAllowed(delta.accountId(), after);
                balances.put(delta.accountId(), after);
                changed[count] = delta.accountId();
                before[count++] = stored;
            }
        } finally {
            // one undo action for the call, not one per account
            int applied = count;
            if (applied > 0) {
                tx.onRollback(() -> {
                    for (int i = applied - 1; i >= 0; i--) {
                        balances.put(changed[i], before[i]);
                    }
                });
            }
        }
    }

    /**
     * The deltas summed per account, in the order of each account's first delta: one change (and
     * one undo action) per account, as the JPA adapter runs one guarded update per account. A batch
     * of thousands of entries over a few accounts stores a few balances, not thousands.
     */
    private static Collection<AccountBalance> onePerAccount(Collection<AccountBalance> deltas) {
        if (deltas.size() <= 8 && distinctAccounts(deltas)) {
            return deltas;
        }
        Map<AccountId, AccountBalance> merged = new LinkedHashMap<>();
        for (AccountBalance delta : deltas) {
            merged.merge(delta.accountId(), delta, AccountBalance::plus);
        }
        return merged.values();
    }

    private static boolean distinctAccounts(Collection<AccountBalance> deltas) {
        int i = 0;
        for (AccountBalance a : deltas) {
            int j = 0;
            for (AccountBalance b : deltas) {
                if (j++ >= i) {
                    break;
                }
                if (a.accountId().equals(b.accountId())) {
                    return false;
                }
            }
            i++;
        }
        return true;
    }

    private Stored stored(TenantId tenant, AccountId account) {
        Stored stored = balances.get(account);
        if (stored == null || !stored.tenant().equals(tenant)) {
            throw new IllegalStateException("no balance for account " + account);
        }
        return stored;
    }

    private void store(InMemoryUnitOfWork.Transaction tx, AccountId account, Stored before, Stored after) {
        requireAllowed(account, after);
        balances.put(account, after);
        tx.onRollback(() -> balances.put(account, before));
    }

    /** Refuses totals that break the account's limit, as a database's constraints would. */
    private static void requireAllowed(AccountId account, Stored after) {
        if (after.limit() != BalanceLimit.NONE && after.buckets() > 1) {
            throw new RuleViolationException(LedgerError.ACCOUNT_LIMIT_NEEDS_ONE_BUCKET,
                    "Account " + account + " cannot keep a balance limit over " + after.buckets() + " buckets.");
        }
        if (!after.limit().allows(after.balance())) {
            throw new RuleViolationException(LedgerError.BALANCE_LIMIT_EXCEEDED,
                    "Account " + account + " would break its balance limit " + after.limit() + ".");
        }
    }
}
