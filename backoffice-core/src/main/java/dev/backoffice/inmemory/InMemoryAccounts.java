package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in memory. Stores copies, so a caller's object never changes the store behind its back. */
public final class InMemoryAccounts implements Accounts {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<AccountId, Account> byId = new ConcurrentHashMap<>();
    private final Map<String, AccountId> byCode = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryAccounts(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String codeKey(TenantId tenant, String code) {
        return tenant.value() + '\u0000' + code;
    }

    private static Account copy(Account a, long version) {
        return Account.restore(a.id(), a.tenant(), a.code(), a.name(), a.type(), a.currency(), a.parentId().orElse(null),
                a.status(), a.isLeaf(), a.balanceLimit(), a.balanceBuckets(), a.createdAt(), version);
    }

    @Override
    public void add(Account account) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        String key = codeKey(account.tenant(), account.code());
        if (byCode.containsKey(key)) {
            throw new RuleViolationException(LedgerError.ACCOUNT_CODE_TAKEN, "The account code " + account.code() + " is already used.");
        }
        if (byId.containsKey(account.id())) {
            throw new IllegalStateException("account " + account.id() + " exists already");
        }
        byId.put(account.id(), copy(account, account.version()));
        byCode.put(key, account.id());
        tx.onRollback(() -> {
            byId.remove(account.id());
            byCode.remove(key);
        });
    }

    @Override
    public void update(Account account) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Account stored = byId.get(account.id());
        if (stored == null || !stored.tenant().equals(account.tenant())) {
            throw new IllegalStateException("account " + account.id() + " is not stored");
        }
        if (stored.version() != account.version()) {
            throw new ConcurrentUpdateException("Account " + account.code() + " was changed by someone else.");
        }
        byId.put(account.id(), copy(account, account.version() + 1));
        tx.onRollback(() -> byId.put(account.id(), stored));
    }

    @Override
    public Optional<Account> find(TenantId tenant, AccountId id) {
        Account stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Optional<Account> findByCode(TenantId tenant, String code) {
        AccountId id = byCode.get(codeKey(tenant, code));
        return id == null ? Optional.empty() : find(tenant, id);
    }

    @Override
    public Map<AccountId, Account> findAll(TenantId tenant, Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>(ids.size() * 2);
        for (AccountId id : ids) {
            Account stored = byId.get(id);
            if (stored != null && stored.tenant().equals(tenant)) {
                found.put(id, copy(stored, stored.version()));
            }
        }
        return found;
    }

    /**
     * The stored accounts themselves, not copies: the posting that asks only reads them (see the
     * port), and a stored account is never changed in place ({@link #update} stores a new copy).
     * The usual one or two accounts of an entry come in an immutable map of their own.
     */
    /**
     * The two accounts of the usual entry, as an immutable map that is one small object (an
     * immutable map of two from {@code Map.of} is two, three times the size, for each posting).
     */
    private static final class AccountPair extends AbstractMap<AccountId, Account> {
        private final Account first;
        private final Account second;

        private AccountPair(Account first, Account second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public Account get(Object key) {
            return first.id().equals(key) ? first : second.id().equals(key) ? second : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public Set<Entry<AccountId, Account>> entrySet() {
            return Set.of(Map.entry(first.id(), first), Map.entry(second.id(), second));
        }
    }

    @Override
    public Map<AccountId, Account> findForPosting(TenantId tenant, Collection<AccountId> ids) {
        if (ids.size() <= 2) {
            Account first = null;
            Account second = null;
            for (AccountId id : ids) {
                Account stored = byId.get(id);
                if (stored == null || !stored.tenant().equals(tenant) || stored == first) {
                    continue;
                }
                if (first == null) {
                    first = stored;
                } else {
                    second = stored;
                }
            }
            return first == null ? Map.of() : second == null ? Map.of(first.id(), first) : new AccountPair(first, second);
        }
        Map<AccountId, Account> found = new HashMap<>(ids.size() * 2);
        for (AccountId id : ids) {
            Account stored = byId.get(id);
            if (stored != null && stored.tenant().equals(tenant)) {
                found.put(id, stored);
            }
        }
        return found;
    }

    @Override
    public List<Account> findAll(TenantId tenant) {
        return byId.values().stream()
                .filter(a -> a.tenant().equals(tenant))
                .sorted(Comparator.comparing(Account::code))
                .map(a -> copy(a, a.version()))
                .toList();
    }

    @Override
    public List<Account> findChildren(TenantId tenant, AccountId parent) {
        return findAll(tenant).stream().filter(a -> a.parentId().filter(parent::equals).isPresent()).toList();
    }
}
