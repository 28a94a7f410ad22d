package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AccountBalanceEntity;
import jakarta.persistence.PersistenceException;

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
 * account id order: concurrent postings never lose an update and never deadlock each other.
 * The balance limit is kept beside the totals and enforced by a CHECK constraint, so no statement
 * can store a breach; a violation surfaces as {@code ledger.balance.limit_exceeded}.
 * Reads are scalar queries, so they always see the database's current totals.
 */
final class JpaAccountBalances implements AccountBalances {

    private static final String LIMIT_CONSTRAINT = "bo_account_balances_limit_ck";
    private static final String COLUMNS = "select b.accountId, b.currency, b.debitMinor, b.creditMinor, "
            + "b.pendingDebitMinor, b.pendingCreditMinor from BoAccountBalance b ";

    private final JpaUnitOfWork uow;

    JpaAccountBalances(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void open(Account account) {
        uow.withEntityManager(em -> {
            AccountBalanceEntity entity = new AccountBalanceEntity();
            entity.setAccountId(account.id().value());
            entity.setTenantId(account.tenant().value());
            entity.setCurrency(account.currency().getCurrencyCode());
            entity.setBalanceLimit(account.balanceLimit());
            em.persist(entity);
            return null;
        });
    }

    @Override
    public void changeLimit(TenantId tenant, AccountId account, BalanceLimit limit) {
        uow.withEntityManager(em -> {
            int updated = guarded(() -> em.createQuery("update BoAccountBalance b set b.balanceLimit = :limit "
                            + "where b.tenantId = :tenant and b.accountId = :account")
                    .setParameter("limit", limit)
                    .setParameter("tenant", tenant.value())
                    .setParameter("account", account.value())
                    .executeUpdate(), account);
            if (updated != 1) {
                throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + account + " has no balance.");
            }
            return null;
        });
    }

    @Override
    public Optional<AccountBalance> find(TenantId tenant, AccountId account) {
        return uow.readWithEntityManager(em -> em.createQuery(COLUMNS
                                + "where b.tenantId = :tenant and b.accountId = :account", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .getResultStream()
                .findFirst()
                .map(JpaAccountBalances::toBalance));
    }

    @Override
    public List<AccountBalance> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(COLUMNS
                                + "where b.tenantId = :tenant order by b.accountId", Object[].class)
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
            // native, so the rows come from the database under the lock, never from the persistence context
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select account_id, currency, debit_minor, credit_minor, "
                            + "pending_debit_minor, pending_credit_minor from bo_account_balances "
                            + "where tenant_id = ?1 and account_id in (?2) order by account_id for update")
                    .setParameter(1, tenant.value())
                    .setParameter(2, accounts.stream().map(AccountId::value).toList())
                    .getResultList();
            Map<AccountId, AccountBalance> locked = new HashMap<>();
            for (Object[] row : rows) {
                AccountBalance balance = toBalance(row);
                locked.put(balance.accountId(), balance);
            }
            return locked;
        });
    }

    @Override
    public void apply(TenantId tenant, Collection<AccountBalance> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        // one delta per account, in one global order (the UUID text order, the order PostgreSQL sorts uuid in)
        Map<String, AccountBalance> merged = new TreeMap<>();
        for (AccountBalance delta : deltas) {
            merged.merge(delta.accountId().value().toString(), delta, AccountBalance::plus);
        }
        uow.withEntityManager(em -> {
            for (AccountBalance delta : merged.values()) {
                if (delta.debits().isZero() && delta.credits().isZero() && delta.hasNothingPending()) {
                    continue;
                }
                int updated = guarded(() -> em.createQuery("update BoAccountBalance b set "
                                + "b.debitMinor = b.debitMinor + :debit, b.creditMinor = b.creditMinor + :credit, "
                                + "b.pendingDebitMinor = b.pendingDebitMinor + :pendingDebit, "
                                + "b.pendingCreditMinor = b.pendingCreditMinor + :pendingCredit "
                                + "where b.tenantId = :tenant and b.accountId = :account and b.currency = :currency")
                        .setParameter("debit", delta.debits().minorUnits())
                        .setParameter("credit", delta.credits().minorUnits())
                        .setParameter("pendingDebit", delta.pendingDebits().minorUnits())
                        .setParameter("pendingCredit", delta.pendingCredits().minorUnits())
                        .setParameter("tenant", tenant.value())
                        .setParameter("account", delta.accountId().value())
                        .setParameter("currency", delta.currency().getCurrencyCode())
                        .executeUpdate(), delta.accountId());
                if (updated != 1) {
                    throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + delta.accountId()
                            + " has no balance in " + delta.currency().getCurrencyCode() + ".");
                }
            }
            return null;
        });
    }

    /** Runs an update, turning a breach of the limit's CHECK constraint into the ledger's typed error. */
    private static int guarded(java.util.function.IntSupplier update, AccountId account) {
        try {
            return update.getAsInt();
        } catch (PersistenceException e) {
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
