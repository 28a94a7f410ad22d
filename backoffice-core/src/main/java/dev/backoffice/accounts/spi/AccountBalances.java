package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The running debit and credit totals of every account, kept in step with the journal so that a
 * current balance is read in constant time. This is the hot path of posting: an adapter must add
 * the deltas without a lost update under concurrency (for example one guarded
 * {@code UPDATE ... SET debit = debit + ?} per account, taken in ascending account id order so
 * that two writers never deadlock).
 */
public interface AccountBalances {

    /** Creates the zero totals of a new account. */
    void open(TenantId tenant, AccountId account, Currency currency);

    Optional<AccountBalance> find(TenantId tenant, AccountId account);

    /** The totals of every account of the tenant. */
    List<AccountBalance> findAll(TenantId tenant);

    /** Adds each delta to its account's totals, in the current unit of work. */
    void apply(TenantId tenant, Collection<AccountBalance> deltas);
}
