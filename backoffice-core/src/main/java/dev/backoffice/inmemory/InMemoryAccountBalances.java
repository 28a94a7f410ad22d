package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Account totals in memory: per account one slot of four whole numbers of minor units, added to in
 * place (a posting allocates no new totals) and subtracted again on rollback. Like a database
 * adapter it refuses to keep totals that break the account's limit. The store's single lock already
 * serialises every change, so a hot account's balance buckets have no physical effect here: the
 * number is kept (and checked) beside the one total. Reads take the same lock when they come from
 * outside a unit of work, so they never see a slot half changed.
 */
public final class InMemoryAccountBalances implements AccountBalances {

    /** One account's totals and the rules kept beside them; changed only under the store's lock. */
    private static final class Slot {
        private final TenantId tenant;
        private final AccountId account;
        private final Currency currency;
        private long debits;
        private long credits;
        private long pendingDebits;
        private long pendingCredits;
        private BalanceLimit limit;
        private int buckets;

        private Slot(TenantId tenant, AccountId account, Currency currency, BalanceLimit limit, int buckets) {
            this.tenant = tenant;
            this.account = account;
            this.currency = currency;
            this.limit = limit;
            this.buckets = buckets;
        }

        /** Adds the delta ({@code sign} 1) or takes it away again ({@code sign} -1), all four totals or none. */
        private void add(AccountBalance delta, int sign) {
            requireCurrency(delta.currency());
            try {
                long d = step(debits, delta.debits(), sign);
                long c = step(credits, delta.credits(), sign);
                long pd = step(pendingDebits, delta.pendingDebits(), sign);
                long pc = step(pendingCredits, delta.pendingCredits(), sign);
                debits = d;
                credits = c;
                pendingDebits = pd;
                pendingCredits = pc;
            } catch (ArithmeticException e) {
                throw overflow();
            }
        }

        /** Adds a posted line's amount to its side ({@code sign} 1) or takes it away again ({@code sign} -1). */
        private void add(JournalLine line, int sign) {
            Money amount = line.amount();
            requireCurrency(amount.currency());
            try {
                if (line.side() == Side.DEBIT) {
                    debits = step(debits, amount, sign);
                } else {
                    credits = step(credits, amount, sign);
                }
            } catch (ArithmeticException e) {
                throw overflow();
            }
        }

        private void requireCurrency(Currency other) {
            if (!other.equals(currency)) {
                throw new BackOfficeException(CommonError.MONEY_CURRENCY_MISMATCH, "Cannot combine "
                        + currency.getCurrencyCode() + " with " + other.getCurrencyCode() + ".");
            }
        }

        private BackOfficeException overflow() {
            return new BackOfficeException(CommonError.MONEY_OVERFLOW,
                    "The totals of account " + account + " would be outside the range the library can hold exactly.");
        }

        private static long step(long total, Money amount, int sign) {
            return sign > 0 ? Math.addExact(total, amount.minorUnits()) : Math.subtractExact(total, amount.minorUnits());
        }

        private AccountBalance balance() {
            return new AccountBalance(account, money(debits), money(credits), money(pendingDebits), money(pendingCredits));
        }

        private Money money(long minor) {
            return minor == 0 ? Money.zero(currency) : Money.ofMinor(minor, currency);
        }
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<AccountId, Slot> slots = new ConcurrentHashMap<>();

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
        Slot zero = new Slot(account.tenant(), account.id(), account.currency(), account.balanceLimit(),
                account.balanceBuckets());
        if (slots.putIfAbsent(account.id(), zero) == null) {
            tx.onRollback(() -> slots.remove(account.id()));
        }
    }

    @Override
    public void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Slot slot = slot(tenant, account);
        requireAllowed(slot, limit, slot.buckets);
        BalanceLimit before = slot.limit;
        slot.limit = limit;
        tx.onRollback(() -> slot.limit = before);
    }

    @Override
    public void spread(TenantId tenant, AccountId account, int buckets) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (buckets < 1 || buckets > Account.MAX_BALANCE_BUCKETS) {
            throw new IllegalArgumentException("balance buckets must be from 1 to " + Account.MAX_BALANCE_BUCKETS);
        }
        Slot slot = slot(tenant, account);
        requireAllowed(slot, slot.limit, buckets);
        int before = slot.buckets;
        slot.buckets = buckets;
        tx.onRollback(() -> slot.buckets = before);
    }

    @Override
    public Optional<AccountBalance> find(TenantId tenant, AccountId account) {
        return unitOfWork.guarded(() -> {
            Slot slot = slots.get(account);
            return slot != null && slot.tenant.equals(tenant) ? Optional.of(slot.balance()) : Optional.empty();
        });
    }

    @Override
    public List<AccountBalance> findAll(TenantId tenant) {
        return unitOfWork.guarded(() -> {
            List<AccountBalance> found = new ArrayList<>();
            for (Slot slot : slots.values()) {
                if (slot.tenant.equals(tenant)) {
                    found.add(slot.balance());
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public Map<AccountId, AccountBalance> lockForUpdate(TenantId tenant, Collection<AccountId> accounts) {
        unitOfWork.transaction(); // the store's single lock already holds every row still
        Map<AccountId, AccountBalance> found = new HashMap<>();
        for (AccountId id : accounts) {
            Slot slot = slots.get(id);
            if (slot != null && slot.tenant.equals(tenant)) {
                found.put(id, slot.balance());
            }
        }
        return found;
    }

    /**
     * Adds every delta in place, then checks the limits of the accounts touched on their final
     * totals (as a database's constraint is checked on the row after its one update per account);
     * on a breach, or any failure, the deltas added so far are taken away again before it throws.
     * One undo action for the call takes them all away if the unit of work rolls back.
     */
    @Override
    public void apply(TenantId tenant, Collection<AccountBalance> deltas) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        AccountBalance[] applied = deltas.toArray(new AccountBalance[0]);
        Slot[] touched = new Slot[applied.length];
        int count = 0;
        try {
            for (AccountBalance delta : applied) {
                Slot slot = slot(tenant, delta.accountId());
                slot.add(delta, 1);
                touched[count++] = slot;
            }
            for (Slot slot : touched) {
                requireAllowed(slot, slot.limit, slot.buckets);
            }
        } catch (RuntimeException e) {
            undo(touched, applied, count);
            throw e;
        }
        tx.onRollback(() -> undo(touched, applied, applied.length));
    }

    /**
     * As {@link #apply} with a delta per line, without making the deltas: each line's amount is
     * added to its account's slot in place, then the limits of the limited accounts touched are
     * checked on their final totals; on a breach or any failure the amounts added so far are taken
     * away again. The undo of the unit of work finds the slots again by the lines' accounts (a slot
     * opened in the same unit of work is removed only after it, undo running newest first).
     */
    @Override
    public void post(TenantId tenant, List<JournalLine> lines) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        List<JournalLine> posted = List.copyOf(lines); // kept for the undo (an immutable list is not copied)
        int count = 0;
        try {
            boolean limitedTouched = false;
            for (int size = posted.size(); count < size; count++) {
                Slot slot = slot(tenant, posted.get(count).account());
                slot.add(posted.get(count), 1);
                limitedTouched |= slot.limit != BalanceLimit.NONE;
            }
            if (limitedTouched) {
                for (int i = 0; i < count; i++) {
                    Slot slot = slot(tenant, posted.get(i).account());
                    requireAllowed(slot, slot.limit, slot.buckets);
                }
            }
        } catch (RuntimeException e) {
            undo(tenant, posted, count);
            throw e;
        }
        tx.onRollback(() -> undo(tenant, posted, posted.size()));
    }

    private void undo(TenantId tenant, List<JournalLine> posted, int count) {
        for (int i = count - 1; i >= 0; i--) {
            slot(tenant, posted.get(i).account()).add(posted.get(i), -1);
        }
    }

    private static void undo(Slot[] touched, AccountBalance[] applied, int count) {
        for (int i = count - 1; i >= 0; i--) {
            touched[i].add(applied[i], -1);
        }
    }

    private Slot slot(TenantId tenant, AccountId account) {
        Slot slot = slots.get(account);
        if (slot == null || !slot.tenant.equals(tenant)) {
            throw new IllegalStateException("no balance for account " + account);
        }
        return slot;
    }

    /** Refuses totals, a limit or a number of buckets that break the account's rules, as a database's constraints would. */
    private static void requireAllowed(Slot slot, BalanceLimit limit, int buckets) {
        if (limit != BalanceLimit.NONE && buckets > 1) {
            throw new RuleViolationException(LedgerError.ACCOUNT_LIMIT_NEEDS_ONE_BUCKET,
                    "Account " + slot.account + " cannot keep a balance limit over " + buckets + " buckets.");
        }
        if (!limit.allows(slot.debits, slot.credits, slot.pendingDebits, slot.pendingCredits)) {
            throw new RuleViolationException(LedgerError.BALANCE_LIMIT_EXCEEDED,
                    "Account " + slot.account + " would break its balance limit " + limit + ".");
        }
    }
}
