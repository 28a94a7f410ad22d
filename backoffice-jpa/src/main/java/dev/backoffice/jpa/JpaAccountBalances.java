package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AccountBalanceEntity;
import dev.backoffice.jpa.entity.AccountBalanceKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link AccountBalances} on {@code bo_account_balances}. {@link #apply} adds each delta with one
 * atomic {@code UPDATE ... SET debit_minor = debit_minor + ?} per account, taken in ascending
 * account id order: concurrent postings never lose an update and never deadlock each other. The
 * updates of posted amounts to several accounts go to the database as one JDBC batch (one round
 * trip), still one statement per account and in the same order.
 * The balance limit is kept beside the totals and enforced by a CHECK constraint, so no statement
 * can store a breach; a violation surfaces as {@code ledger.balance.limit_exceeded}.
 * Posted amounts are added at the end of the unit of work, after everything else it wrote (see
 * {@link #apply}); reads are scalar queries, which first write those, so they always see the
 * database's current totals with the unit of work's own postings.
 *
 * <p>Hot accounts: an account's totals are kept in {@code bucket_count} rows (buckets 0 to
 * {@code bucket_count - 1}, 1 for a normal account), each carrying the count. A delta of posted
 * amounts goes to the bucket {@code mod(key, bucket_count)}, where the key is a random number drawn
 * once per unit of work ({@link JpaUnitOfWork#spreadKey()}): the bucket is chosen inside the
 * UPDATE, without reading the account first, and a unit of work takes one row of an account. A delta
 * with pending amounts (a reservation or its release) goes to bucket 0, so no bucket's pending
 * totals go negative (a CHECK constraint keeps the other buckets' pending totals at zero). When a
 * concurrent {@link #spread} changed the count or dropped the chosen bucket, the UPDATE matches no
 * row and the delta goes to bucket 0, which always exists. Reads sum the buckets.
 */
final class JpaAccountBalances implements AccountBalances {

    private static final String LIMIT_CONSTRAINT = "bo_account_balances_limit_ck";
    private static final String LIMIT_BUCKET_CONSTRAINT = "bo_account_balances_limit_bucket_ck";
    private static final String PENDING_CONSTRAINT = "bo_account_balances_pending_ck";
    /** The totals of each account: the sum of its buckets. */
    private static final String TOTALS = "select b.id.accountId, b.currency, sum(b.debitMinor), sum(b.creditMinor), "
            + "sum(b.pendingDebitMinor), sum(b.pendingCreditMinor) from BoAccountBalance b where b.tenantId = :tenant ";
    private static final String PER_ACCOUNT = "group by b.id.accountId, b.currency ";
    private static final String ADD = "update BoAccountBalance b set "
            + "b.debitMinor = b.debitMinor + :debit, b.creditMinor = b.creditMinor + :credit, "
            + "b.pendingDebitMinor = b.pendingDebitMinor + :pendingDebit, "
            + "b.pendingCreditMinor = b.pendingCreditMinor + :pendingCredit "
            + "where b.tenantId = :tenant and b.id.accountId = :account and b.currency = :currency and ";
    private static final String FIRST_BUCKET = "b.id.bucket = 0";
    private static final String SPREAD_BUCKET = "b.id.bucket = mod(:key, b.bucketCount)";
    /** {@link #ADD} with {@link #SPREAD_BUCKET} for posted amounts only, in SQL, for a JDBC batch. */
    private static final String ADD_TO_SPREAD_BUCKET = "update bo_account_balances set debit_minor = debit_minor + ?, "
            + "credit_minor = credit_minor + ? where tenant_id = ? and account_id = ? and currency = ? "
            + "and bucket = mod(?, bucket_count)";

    private final JpaUnitOfWork uow;

    JpaAccountBalances(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void open(Account account) {
        uow.withEntityManager(em -> {
            for (int bucket = 0; bucket < account.balanceBuckets(); bucket++) {
                em.persist(newRow(account.id(), account.tenant(), account.currency(), account.balanceLimit(), bucket,
                        account.balanceBuckets()));
            }
            return null;
        });
    }

    private static AccountBalanceEntity newRow(AccountId account, TenantId tenant, Currency currency, BalanceLimit limit,
                                               int bucket, int buckets) {
        AccountBalanceEntity entity = new AccountBalanceEntity();
        entity.setId(new AccountBalanceKey(account.value(), bucket));
        entity.setBucketCount(buckets);
        entity.setTenantId(tenant.value());
        entity.setCurrency(currency.getCurrencyCode());
        entity.setBalanceLimit(limit);
        return entity;
    }

    @Override
    public void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit) {
        uow.withEntityManager(em -> {
            uow.writeDeferred(this); // the limit's CHECK constraint judges the totals with the unit of work's postings
            int updated = guarded(() -> em.createQuery("update BoAccountBalance b set b.balanceLimit = :limit "
                            + "where b.tenantId = :tenant and b.id.accountId = :account")
                    .setParameter("limit", limit)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .executeUpdate(), account.toString());
            if (updated == 0) {
                throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + account + " has no balance.");
            }
            return null;
        });
    }

    @Override
    public void spread(TenantId tenant, AccountId account, int buckets) {
        if (buckets < 1 || buckets > Account.MAX_BALANCE_BUCKETS) {
            throw new IllegalArgumentException("balance buckets must be from 1 to " + Account.MAX_BALANCE_BUCKETS);
        }
        uow.withEntityManager(em -> {
            uow.writeDeferred(this);
            List<Object[]> rows = lockedRows(em, tenant, List.of(account));
            if (rows.isEmpty()) {
                throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + account + " has no balance.");
            }
            int current = rows.size();
            Currency currency = toBalance(rows.get(0)).currency();
            if (buckets < current) {
                AccountBalance dropped = AccountBalance.zero(account, currency);
                for (Object[] row : rows) {
                    if (NativeValues.longValue(row[6]) >= buckets) {
                        dropped = dropped.plus(toBalance(row));
                    }
                }
                em.createQuery("delete from BoAccountBalance b "
                                + "where b.tenantId = :tenant and b.id.accountId = :account and b.id.bucket >= :buckets")
                        .setParameter("tenant", tenant.value())
                        .setParameter("account", account.value())
                        .setParameter("buckets", buckets)
                        .executeUpdate();
                add(em, tenant, dropped, FIRST_BUCKET, null);
            } else {
                // a limited account keeps one bucket (the domain refuses, a CHECK constraint too): new buckets have no limit
                for (int bucket = current; bucket < buckets; bucket++) {
                    em.persist(newRow(account, tenant, currency, BalanceLimit.NONE, bucket, buckets));
                }
            }
            guarded(() -> em.createQuery("update BoAccountBalance b set b.bucketCount = :buckets "
                            + "where b.tenantId = :tenant and b.id.accountId = :account")
                    .setParameter("buckets", buckets)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .executeUpdate(), account.toString());
            return null;
        });
    }

    @Override
    public Optional<AccountBalance> find(TenantId tenant, AccountId account) {
        uow.writeDeferred(this);
        return uow.readWithEntityManager(em -> em.createQuery(TOTALS + "and b.id.accountId = :account " + PER_ACCOUNT,
                        Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .getResultStream()
                .findFirst()
                .map(JpaAccountBalances::toBalance));
    }

    @Override
    public List<AccountBalance> findAll(TenantId tenant) {
        uow.writeDeferred(this);
        return uow.readWithEntityManager(em -> em.createQuery(TOTALS + PER_ACCOUNT + "order by b.id.accountId",
                        Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(JpaAccountBalances::toBalance)
                .toList());
    }

    @Override
    public Map<AccountId, AccountBalance> lockForUpdate(TenantId tenant, Collection<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return uow.withEntityManager(em -> {
            uow.writeDeferred(this);
            Map<AccountId, AccountBalance> locked = new HashMap<>();
            for (Object[] row : lockedRows(em, tenant, accounts)) {
                AccountBalance bucket = toBalance(row);
                locked.merge(bucket.accountId(), bucket, AccountBalance::plus);
            }
            return locked;
        });
    }

    /**
     * Every bucket row of the accounts, locked ({@code SELECT ... FOR UPDATE}) in one global order
     * (account id, then bucket). Native, so the rows come from the database under the lock, never
     * from the persistence context; the columns are those of {@link #toBalance}, then the bucket.
     */
    private static List<Object[]> lockedRows(EntityManager em, TenantId tenant, Collection<AccountId> accounts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select account_id, currency, debit_minor, credit_minor, "
                        + "pending_debit_minor, pending_credit_minor, bucket from bo_account_balances "
                        + "where tenant_id = ?1 and account_id in (?2) order by account_id, bucket for update")
                .setParameter(1, tenant.value())
                .setParameter(2, accounts.stream().map(AccountId::value).toList())
                .getResultList();
        return rows;
    }

    /**
     * The posted amounts a unit of work has yet to add: per tenant (in tenant order) one delta per
     * account, in the UUID text order, the order PostgreSQL sorts uuid in.
     */
    private static final class Unwritten {
        final Map<String, Map<String, AccountBalance>> byTenant = new TreeMap<>();
    }

    /**
     * Posted amounts (nothing pending) are added at the end of the unit of work, merged per account
     * with the others it posts ({@link JpaUnitOfWork#deferred}): the bucket rows they update stay
     * locked from the update to the commit, so they are updated last, whatever the use case writes
     * after its posting (a payment's row, an invoice, a shipment's stock moves), and once per account
     * however many entries it posts. Every read of this adapter and every other change it makes
     * first writes them, so the unit of work sees its own postings. An account's delta with pending
     * amounts (a reservation, a release, with what the same call posts on it) is added at once, after them.
     */
    @Override
    public void apply(TenantId tenant, Collection<AccountBalance> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        // one delta per account: a call's release of pending amounts and its posting on one account
        // (posting a pending entry) are one update, which the limit's CHECK constraint judges at once
        Map<String, AccountBalance> merged = merged(deltas);
        uow.withEntityManager(em -> {
            Map<String, AccountBalance> pending = null;
            for (Map.Entry<String, AccountBalance> delta : merged.entrySet()) {
                if (!delta.getValue().hasNothingPending()) {
                    if (pending == null) {
                        pending = new TreeMap<>();
                    }
                    pending.put(delta.getKey(), delta.getValue());
                }
            }
            if (pending != null) { // after what the unit of work deferred before, as the calls came
                uow.writeDeferred(this);
                write(em, tenant, pending);
            }
            Map<String, AccountBalance> unwritten = uow.deferred(this, Unwritten::new, this::write).byTenant
                    .computeIfAbsent(tenant.value(), t -> new TreeMap<>());
            for (Map.Entry<String, AccountBalance> delta : merged.entrySet()) {
                if (delta.getValue().hasNothingPending()) {
                    unwritten.merge(delta.getKey(), delta.getValue(), AccountBalance::plus);
                }
            }
            return null;
        });
    }

    /** Writes the posted amounts the unit of work deferred, tenant after tenant, and forgets them. */
    private void write(EntityManager em, Unwritten unwritten) {
        for (Map.Entry<String, Map<String, AccountBalance>> tenant : unwritten.byTenant.entrySet()) {
            if (!tenant.getValue().isEmpty()) {
                write(em, TenantId.of(tenant.getKey()), tenant.getValue());
            }
        }
        unwritten.byTenant.clear();
    }

    /** {@return one delta per account, in the UUID text order} */
    private static Map<String, AccountBalance> merged(Collection<AccountBalance> deltas) {
        Map<String, AccountBalance> merged = new TreeMap<>();
        for (AccountBalance delta : deltas) {
            merged.merge(delta.accountId().value().toString(), delta, AccountBalance::plus);
        }
        return merged;
    }

    /** Adds the deltas (one per account, in the UUID text order) to their bucket rows, now. */
    private void write(EntityManager em, TenantId tenant, Map<String, AccountBalance> merged) {
        // what the unit of work wrote before goes out first (balance rows it opened are there to
        // update), so that the rows updated here stay locked only until the commit
        JdbcRows.flush(em);
        int key = uow.spreadKey();
        List<AccountBalance> spread = new ArrayList<>(merged.size());
        for (AccountBalance delta : merged.values()) {
            if (delta.debits().isZero() && delta.credits().isZero() && delta.hasNothingPending()) {
                continue;
            }
            if (delta.hasNothingPending()) {
                spread.add(delta);
            } else {
                requireOne(add(em, tenant, delta, FIRST_BUCKET, null), delta);
            }
        }
        if (spread.size() == 1) {
            AccountBalance delta = spread.get(0);
            if (add(em, tenant, delta, SPREAD_BUCKET, key) == 0) { // a concurrent change of the bucket count moved the chosen bucket
                requireOne(add(em, tenant, delta, FIRST_BUCKET, null), delta);
            }
        } else if (!spread.isEmpty()) {
            int[] updated = addAll(em, tenant, spread, key);
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    requireOne(add(em, tenant, spread.get(i), FIRST_BUCKET, null), spread.get(i));
                } else if (updated[i] != 1) {
                    throw new IllegalStateException("The balance update of account " + spread.get(i).accountId()
                            + " reported " + updated[i] + " rows.");
                }
            }
        }
    }

    private static void requireOne(int updated, AccountBalance delta) {
        if (updated != 1) {
            throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + delta.accountId()
                    + " has no balance in " + delta.currency().getCurrencyCode() + ".");
        }
    }

    /**
     * Adds posted amounts to the spread buckets of several accounts in one JDBC batch (one round
     * trip instead of one per account), in the given order; returns each statement's row count (0
     * where a concurrent change of the bucket count moved the chosen bucket). The caller flushed the
     * entity manager, so balance rows inserted earlier in the unit of work are there to update.
     */
    private static int[] addAll(EntityManager em, TenantId tenant, List<AccountBalance> deltas, int key) {
        return guarded(() -> em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement update = connection.prepareStatement(ADD_TO_SPREAD_BUCKET)) {
                for (AccountBalance delta : deltas) {
                    update.setLong(1, delta.debits().minorUnits());
                    update.setLong(2, delta.credits().minorUnits());
                    update.setString(3, tenant.value());
                    update.setObject(4, delta.accountId().value());
                    update.setString(5, delta.currency().getCurrencyCode());
                    update.setInt(6, key);
                    update.addBatch();
                }
                return update.executeBatch();
            }
        }), "(one of the batch)");
    }

    /** Adds a delta to the bucket row the condition picks; {@code key} is the spread key when the condition names it. */
    private static int add(EntityManager em, TenantId tenant, AccountBalance delta, String bucket, Integer key) {
        Query update = em.createQuery(ADD + bucket)
                .setParameter("debit", delta.debits().minorUnits())
                .setParameter("credit", delta.credits().minorUnits())
                .setParameter("pendingDebit", delta.pendingDebits().minorUnits())
                .setParameter("pendingCredit", delta.pendingCredits().minorUnits())
                .setParameter("tenant", tenant.value())
                .setParameter("account", delta.accountId().value())
                .setParameter("currency", delta.currency().getCurrencyCode());
        if (key != null) {
            update.setParameter("key", key);
        }
        return guarded(update::executeUpdate, delta.accountId().toString());
    }

    /**
     * Runs an update, turning a breach of the limit's CHECK constraints into the ledger's typed
     * errors. A pending total that would go below zero means that another unit of work released the
     * same pending amounts first (it resolved the same pending entry, and this one's stale read of
     * the entry is checked only after the release): a concurrent change, so the unit of work runs
     * again and then finds the entry resolved.
     */
    private static <T> T guarded(java.util.function.Supplier<T> update, String account) {
        try {
            return update.get();
        } catch (PersistenceException e) {
            if (mentions(e, PENDING_CONSTRAINT)) {
                throw new ConcurrentUpdateException("The pending amounts of account " + account
                        + " were released by a concurrent change.", e);
            }
            if (mentions(e, LIMIT_BUCKET_CONSTRAINT)) {
                throw new RuleViolationException(LedgerError.ACCOUNT_LIMIT_NEEDS_ONE_BUCKET,
                        "Account " + account + " cannot keep a balance limit over more than one bucket.", e);
            }
            if (mentions(e, LIMIT_CONSTRAINT)) {
                throw new RuleViolationException(LedgerError.BALANCE_LIMIT_EXCEEDED,
                        "Account " + account + " would break its balance limit.", e);
            }
            throw e;
        }
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static AccountBalance toBalance(Object[] row) {
        Currency currency = Currency.getInstance(((String) row[1]).strip());
        return new AccountBalance(AccountId.of(NativeValues.uuid(row[0])), money(row[2], currency), money(row[3], currency),
                money(row[4], currency), money(row[5], currency));
    }

    private static Money money(Object minor, Currency currency) {
        return Money.ofMinor(NativeValues.longValue(minor), currency);
    }
}
