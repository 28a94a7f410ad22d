package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chart of accounts of every tenant. Every method is scoped to one tenant. */
public interface Accounts {

    /** Stores a new account. A second account with the same code in the tenant must fail. */
    void add(Account account);

    /**
     * Stores a changed account. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link Account#version()}.
     */
    void update(Account account);

    Optional<Account> find(TenantId tenant, AccountId id);

    Optional<Account> findByCode(TenantId tenant, String code);

    /** The accounts among {@code ids} that exist in the tenant; unknown ids are absent from the map. */
    Map<AccountId, Account> findAll(TenantId tenant, Collection<AccountId> ids);

    /** All accounts of the tenant, ordered by code. */
    List<Account> findAll(TenantId tenant);

    /** The direct children of an account, ordered by code. */
    List<Account> findChildren(TenantId tenant, AccountId parent);
}
