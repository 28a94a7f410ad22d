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

    /**
     * Stores a new account. A second account with the same code in the tenant must fail.
     *
     * @param account the new account
     */
    void add(Account account);

    /**
     * Stores a changed account. Fails with {@link dev.backoffice.common.ConcurrentUpdateException}
     * when the stored version is no longer {@link Account#version()}.
     *
     * @param account the changed account
     */
    void update(Account account);

    /**
     * The account of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the account id
     * @return the account, or empty
     */
    Optional<Account> find(TenantId tenant, AccountId id);

    /**
     * The account of the tenant with the code, empty when there is none.
     *
     * @param tenant the tenant
     * @param code   the account code
     * @return the account, or empty
     */
    Optional<Account> findByCode(TenantId tenant, String code);

    /**
     * The accounts among {@code ids} that exist in the tenant; unknown ids are absent from the map.
     *
     * @param tenant the tenant
     * @param ids    the account ids
     * @return the accounts found, by id
     */
    Map<AccountId, Account> findAll(TenantId tenant, Collection<AccountId> ids);

    /**
     * The accounts among {@code ids} that exist in the tenant, for the checks of a posting, which
     * only reads them (active, a leaf, its currency, its balance limit). An adapter may hand out
     * instances it shares with other readers (the in-memory adapter hands out the ones it stores,
     * which it never changes in place): the caller must not change them, nor keep them past its
     * unit of work. The default is {@link #findAll(TenantId, Collection)}.
     *
     * @param tenant the tenant
     * @param ids    the distinct account ids of the posting's lines
     * @return the accounts found, by id; unknown ids are absent
     */
    default Map<AccountId, Account> findForPosting(TenantId tenant, Collection<AccountId> ids) {
        return findAll(tenant, ids);
    }

    /**
     * All accounts of the tenant, ordered by code.
     *
     * @param tenant the tenant
     * @return the accounts
     */
    List<Account> findAll(TenantId tenant);

    /**
     * The direct children of an account, ordered by code.
     *
     * @param tenant the tenant
     * @param parent the parent account
     * @return its children
     */
    List<Account> findChildren(TenantId tenant, AccountId parent);
}
