package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AccountBalanceEntity;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@link AccountBalances} on {@code bo_account_balances}. {@link #apply} adds each delta with one
 * atomic {@code UPDATE ... SET debit_minor = debit_minor + ?} per account, taken in ascending
 * account id order: concurrent postings never lose an update and never deadlock each other.
 * Reads are scalar queries, so they always see the database's current totals.
 */
final class JpaAccountBalances implements AccountBalances {

    private final JpaUnitOfWork uow;

    JpaAccountBalances(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void open(TenantId tenant, AccountId account, Currency currency) {
        uow.withEntityManager(em -> {
            AccountBalanceEntity entity = new AccountBalanceEntity();
            entity.setAccountId(account.value());
            entity.setTenantId(tenant.value());
            entity.setCurrency(currency.getCurrencyCode());
            em.persist(entity);
            return null;
        });
    }

    @Override
    public Optional<AccountBalance> find(TenantId tenant, AccountId account) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select b.accountId, b.currency, b.debitMinor, b.creditMinor from BoAccountBalance b "
                                + "where b.tenantId = :tenant and b.accountId = :account", Object[].class)
                .setParameter("tenant", tenant.value())
                .setParameter("account", account.value())
                .getResultStream()
                .findFirst()
                .map(JpaAccountBalances::toBalance));
    }

    @Override
    public List<AccountBalance> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select b.accountId, b.currency, b.debitMinor, b.creditMinor from BoAccountBalance b "
                                + "where b.tenantId = :tenant order by b.accountId", Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(JpaAccountBalances::toBalance)
                .toList());
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
                if (delta.debits().isZero() && delta.credits().isZero()) {
                    continue;
                }
                int updated = em.createQuery("update BoAccountBalance b set b.debitMinor = b.debitMinor + :debit, "
                                + "b.creditMinor = b.creditMinor + :credit "
                                + "where b.tenantId = :tenant and b.accountId = :account and b.currency = :currency")
                        .setParameter("debit", delta.debits().minorUnits())
                        .setParameter("credit", delta.credits().minorUnits())
                        .setParameter("tenant", tenant.value())
                        .setParameter("account", delta.accountId().value())
                        .setParameter("currency", delta.currency().getCurrencyCode())
                        .executeUpdate();
                if (updated != 1) {
                    throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + delta.accountId()
                            + " has no balance in " + delta.currency().getCurrencyCode() + ".");
                }
            }
            return null;
        });
    }

    private static AccountBalance toBalance(Object[] row) {
        Currency currency = Currency.getInstance(((String) row[1]).strip());
        return new AccountBalance(AccountId.of((UUID) row[0]), Money.ofMinor(((Number) row[2]).longValue(), currency),
                Money.ofMinor(((Number) row[3]).longValue(), currency));
    }
}
