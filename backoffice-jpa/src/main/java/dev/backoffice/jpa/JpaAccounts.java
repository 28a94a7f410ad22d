package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.common.ConflictException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AccountEntity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Accounts} on {@code bo_accounts}; optimistic locking through {@code @Version}. */
final class JpaAccounts implements Accounts {

    private final JpaUnitOfWork uow;

    JpaAccounts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Account account) {
        uow.withEntityManager(em -> {
            Long taken = em.createQuery("select count(a) from BoAccount a where a.tenantId = :tenant and a.code = :code",
                            Long.class)
                    .setParameter("tenant", account.tenant().value())
                    .setParameter("code", account.code())
                    .getSingleResult();
            if (taken > 0) {
                throw new ConflictException(LedgerError.ACCOUNT_CODE_TAKEN,
                        "An account with code " + account.code() + " already exists.");
            }
            // a concurrent insert of the same code fails on bo_accounts_tenant_code_uq at flush; the unit of work
            // retries, and the check above then reports it
            em.persist(AggregateMapper.newEntity(account));
            return null;
        });
    }

    @Override
    public void update(Account account) {
        uow.withEntityManager(em -> {
            AccountEntity entity = VersionedRows.forUpdate(em, AccountEntity.class, account.id().value(),
                    account.tenant(), account.version(), LedgerError.ACCOUNT_NOT_FOUND, "Account " + account.code());
            AggregateMapper.copyChangeable(account, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Account> find(TenantId tenant, AccountId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select a from BoAccount a where a.tenantId = :tenant and a.id = :id", AccountEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    @Override
    public Optional<Account> findByCode(TenantId tenant, String code) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select a from BoAccount a where a.tenantId = :tenant and a.code = :code", AccountEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    @Override
    public Map<AccountId, Account> findAll(TenantId tenant, Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> values = ids.stream().map(AccountId::value).distinct().toList();
        // one statement with an array of ids, read with plain JDBC: the posting that asks only reads
        // them (an update loads the row as an entity again), and Hibernate's query execution and
        // result mapping cost more than the statement (P4 in docs/benchmarks.md)
        return uow.readWithEntityManager(em -> {
            Map<UUID, AccountEntity> rows = new HashMap<>();
            for (AccountEntity entity : JdbcRows.accounts(em, values)) {
                rows.put(entity.getId(), entity);
            }
            Map<AccountId, Account> found = new LinkedHashMap<>();
            for (UUID id : values) {
                AccountEntity entity = rows.get(id);
                if (entity != null && entity.getTenantId().equals(tenant.value())) {
                    Account account = AggregateMapper.toDomain(entity);
                    found.put(account.id(), account);
                }
            }
            return found;
        });
    }

    @Override
    public List<Account> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> new ArrayList<>(em.createQuery(
                        "select a from BoAccount a where a.tenantId = :tenant order by a.code", AccountEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(AggregateMapper::toDomain)
                .toList()));
    }

    @Override
    public List<Account> findChildren(TenantId tenant, AccountId parent) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select a from BoAccount a where a.tenantId = :tenant and a.parentId = :parent order by a.code",
                        AccountEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("parent", parent.value())
                .getResultStream()
                .map(AggregateMapper::toDomain)
                .toList());
    }
}
