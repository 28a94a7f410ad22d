package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running debit and credit totals of every account, kept in step with the journal so that a
 * current balance is read in constant time. This is the hot path of posting: an adapter must add
 * the deltas without a lost update under concurrency (for example one guarded
 * {@code UPDATE ... SET debit = debit + ?} per account, taken in ascending account id order so
 * that two writers never deadlock).
 *
 * <p>Accounts with a {@link BalanceLimit} are read with {@link #lockForUpdate} before a posting is
 * checked against their limit, so the check and the update see the same totals. An adapter on a
 * database also keeps the limit beside the totals and refuses a breach itself (a CHECK constraint),
 * failing with {@code ledger.balance.limit_exceeded}.
 *
 * <p>A hot account ({@link Account#balanceBuckets()} above 1) may be kept in as many rows, so that
 * concurrent postings update different rows: an adapter adds a delta of posted amounts to any one
 * bucket, a delta with pending amounts (reserve or release) always to the first, and never touches
 * more than one row of an account per call; every read returns the sum of the buckets. An adapter
 * without rows to contend for (in memory, under one lock) may keep one total whatever the number.
 */
public interface AccountBalances {

    /**
     * Creates the zero totals of a new account, with its balance limit and its number of balance buckets.
     *
     * @param account the new account
     */
    void open(Account account);

    /**
     * Changes the limit kept beside an account's totals.
     *
     * @param tenant  the tenant
     * @param account the account
     * @param limit   the new rule on its balance
     */
    void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit);

    /**
     * The totals of the accounts, locked until the current unit of work ends so that no other unit
     * of work changes them in between (a database adapter: {@code SELECT ... FOR UPDATE}, rows taken
     * in ascending id order). Unknown ids are absent.
     *
     * @param tenant   the tenant
     * @param accounts the accounts a posting touches
     * @return the locked totals by account
     */
    Map<AccountId, AccountBalance> lockForUpdate(TenantId tenant, Collection<AccountId> accounts);

    /**
     * Changes the number of balance buckets an account's totals are spread over (1 to
     * {@link Account#MAX_BALANCE_BUCKETS}), under a lock on all of them: lowering it adds the
     * buckets dropped into the first. The totals read afterwards are the same.
     *
     * @param tenant  the tenant
     * @param account the account
     * @param buckets the new number of buckets
     */
    void spread(TenantId tenant, AccountId account, int buckets);

    /**
     * The totals of an account (the sum of its buckets); empty when the tenant has no such account.
     *
     * @param tenant  the tenant
     * @param account the account
     * @return the totals, or empty
     */
    Optional<AccountBalance> find(TenantId tenant, AccountId account);

    /**
     * The totals of every account of the tenant.
     *
     * @param tenant the tenant
     * @return the totals, one per account
     */
    List<AccountBalance> findAll(TenantId tenant);

    /**
     * Adds each delta (posted and pending components, any of them may be negative) to its account's
     * totals, in the current unit of work.
     *
     * @param tenant the tenant
     * @param deltas the changes, one per account (and bucket)
     */
    void apply(TenantId tenant, Collection<AccountBalance> deltas);

    /**
     * Adds posted lines to their accounts' totals, in the current unit of work: each line's amount
     * to its account's posted debits or credits, exactly as {@link #apply} with one
     * {@link AccountBalance#deltaOf delta per line}, which is what this default does. An adapter may
     * add the amounts without making the deltas (the in-memory one does: a posting's hot path).
     *
     * @param tenant the tenant
     * @param lines  the posted lines, of one entry or of a batch
     */
    default void post(TenantId tenant, List<JournalLine> lines) {
        apply(tenant, AccountBalance.deltasOf(lines));
    }
}
