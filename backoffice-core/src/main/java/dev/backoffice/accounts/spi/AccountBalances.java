package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
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
 */
public interface AccountBalances {

    /** Creates the zero totals of a new account, with its balance limit. */
    void open(Account account);

    /** Changes the limit kept beside an account's totals. */
    void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit);

    /**
     * The totals of the accounts, locked until the current unit of work ends so that no other unit
     * of work changes them in between (a database adapter: {@code SELECT ... FOR UPDATE}, rows taken
     * in ascending id order). Unknown ids are absent.
     */
    Map<AccountId, AccountBalance> lockForUpdate(TenantId tenant, Collection<AccountId> accounts);

    Optional<AccountBalance> find(TenantId tenant, AccountId account);

    /** The totals of every account of the tenant. */
    List<AccountBalance> findAll(TenantId tenant);

    /**
     * Adds each delta (posted and pending components, any of them may be negative) to its account's
     * totals, in the current unit of work.
     */
    void apply(TenantId tenant, Collection<AccountBalance> deltas);
}
