package dev.backoffice.accounts.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An account of the chart of accounts. Its code is unique per tenant; its type fixes the side it
 * normally grows on; only a leaf account (one without children) takes postings, while a parent
 * rolls up its children's balances; a closed account refuses postings.
 *
 * <p>A <em>hot</em> account (a bank or clearing account that nearly every entry touches) may keep
 * its running totals spread over several balance buckets, so that concurrent postings update
 * different rows; the balance is their sum. An account with a {@link BalanceLimit} keeps one
 * bucket: its limit is checked against one total.
 */
public final class Account {

    /** The most balance buckets an account can be spread over. */
    public static final int MAX_BALANCE_BUCKETS = 64;

    private final AccountId id;
    private final TenantId tenant;
    private final String code;
    private String name;
    private final AccountType type;
    private final Currency currency;
    private final AccountId parentId;
    private AccountStatus status;
    private boolean leaf;
    private BalanceLimit balanceLimit;
    private int balanceBuckets;
    private final Instant createdAt;
    private final long version;

    private Account(AccountId id, TenantId tenant, String code, String name, AccountType type, Currency currency,
                    AccountId parentId, AccountStatus status, boolean leaf, BalanceLimit balanceLimit, int balanceBuckets,
                    Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.parentId = parentId;
        this.status = Objects.requireNonNull(status, "status");
        this.leaf = leaf;
        this.balanceLimit = Objects.requireNonNull(balanceLimit, "balanceLimit");
        this.balanceBuckets = requireBucketCount(balanceBuckets);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * Opens a new, active leaf account. When it has a parent, the parent must be of the same
     * tenant, type and currency and active; the caller then turns the parent into a parent with
     * {@link #becomeParent()}.
     *
     * @param id       the new account's id
     * @param tenant   the tenant
     * @param code     the code, unique in the tenant
     * @param name     the name
     * @param type     the type, which fixes the normal side
     * @param currency the currency of its postings
     * @param parent   the parent account, or null for a top-level account
     * @param now      the current instant
     * @return the new account
     */
    public static Account open(AccountId id, TenantId tenant, String code, String name, AccountType type,
                               Currency currency, Account parent, Instant now) {
        if (parent != null) {
            if (!parent.tenant.equals(tenant)) {
                throw new RuleViolationException(LedgerError.ACCOUNT_NOT_FOUND,
                        "The parent account does not exist.");
            }
            if (parent.status == AccountStatus.CLOSED) {
                throw new RuleViolationException(LedgerError.ACCOUNT_CLOSED,
                        "The parent account " + parent.code + " is closed.");
            }
            if (parent.type != type) {
                throw new RuleViolationException(LedgerError.ACCOUNT_TYPE_MISMATCH,
                        "Account " + code + " is of type " + type + " but its parent " + parent.code + " is " + parent.type + ".");
            }
            if (!parent.currency.equals(currency)) {
                throw new RuleViolationException(LedgerError.ACCOUNT_CURRENCY_MISMATCH,
                        "Account " + code + " is in " + currency + " but its parent " + parent.code + " is in "
                                + parent.currency + ".");
            }
        }
        return new Account(id, tenant, code.strip(), name.strip(), type, currency,
                parent == null ? null : parent.id, AccountStatus.ACTIVE, true, BalanceLimit.NONE, 1, now, 0);
    }

    /**
     * Rebuilds a stored account (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param code the code, as stored
     * @param name the name, as stored
     * @param type the type, as stored
     * @param currency the currency, as stored
     * @param parentId the parent, as stored
     * @param status the status, as stored
     * @param leaf whether it is a leaf, as stored
     * @param balanceLimit the balance limit, as stored
     * @param balanceBuckets the balance buckets, as stored
     * @param createdAt when it was created, as stored
     * @param version the stored version, for optimistic locking
     * @return the account, with no events recorded
     */
    public static Account restore(AccountId id, TenantId tenant, String code, String name, AccountType type,
                                  Currency currency, AccountId parentId, AccountStatus status, boolean leaf,
                                  BalanceLimit balanceLimit, int balanceBuckets, Instant createdAt, long version) {
        return new Account(id, tenant, code, name, type, currency, parentId, status, leaf, balanceLimit, balanceBuckets,
                createdAt, version);
    }

    /**
     * Sets the rule on this account's balance; the caller has checked that the current totals keep
     * it ({@code ledger.balance.limit_exceeded} otherwise). A limit other than
     * {@link BalanceLimit#NONE} is refused with {@code ledger.account.limit_needs_one_bucket} while
     * the balance is spread over more than one bucket.
     *
     * @param limit the new rule
     */
    public void limitBalance(BalanceLimit limit) {
        Objects.requireNonNull(limit, "limit");
        requireOneBucketFor(limit, balanceBuckets);
        this.balanceLimit = limit;
    }

    /** {@return the balance limit of the account} */
    public BalanceLimit balanceLimit() {
        return balanceLimit;
    }

    /**
     * Spreads the running totals over {@code buckets} balance buckets (1 is a normal account), from
     * 1 to {@link #MAX_BALANCE_BUCKETS}. Refused with {@code ledger.account.limit_needs_one_bucket}
     * for more than one bucket while the account has a balance limit.
     *
     * @param buckets the number of buckets
     */
    public void spreadBalance(int buckets) {
        requireBucketCount(buckets);
        requireOneBucketFor(balanceLimit, buckets);
        this.balanceBuckets = buckets;
    }

    /**
     * The number of balance buckets the running totals are spread over; 1 for a normal account.
     *
     * @return the number of buckets, at least 1
     */
    public int balanceBuckets() {
        return balanceBuckets;
    }

    private void requireOneBucketFor(BalanceLimit limit, int buckets) {
        if (limit != BalanceLimit.NONE && buckets > 1) {
            throw new RuleViolationException(LedgerError.ACCOUNT_LIMIT_NEEDS_ONE_BUCKET,
                    "Account " + code + " cannot have a balance limit and its balance spread over " + buckets
                            + " buckets: a limit is checked against one total, so a limited account keeps one bucket.");
        }
    }

    private static int requireBucketCount(int buckets) {
        if (buckets < 1 || buckets > MAX_BALANCE_BUCKETS) {
            throw new IllegalArgumentException("balance buckets must be from 1 to " + MAX_BALANCE_BUCKETS + ": " + buckets);
        }
        return buckets;
    }

    /** Makes this account a parent: it stops taking postings and rolls up its children instead. */
    public void becomeParent() {
        leaf = false;
    }

    /**
     * Gives the account a new name; its code never changes.
     *
     * @param newName the new name, not null; surrounding blanks are dropped
     */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName").strip();
    }

    /** Closes the account; the caller has checked that its balance is zero and its children are closed. */
    public void close() {
        if (status == AccountStatus.CLOSED) {
            throw new RuleViolationException(LedgerError.ACCOUNT_CLOSED, "Account " + code + " is already closed.");
        }
        status = AccountStatus.CLOSED;
    }

    /** Reopens a closed account; refused with {@code ledger.account.already_active} when it is active. */
    public void reopen() {
        if (status == AccountStatus.ACTIVE) {
            throw new RuleViolationException(LedgerError.ACCOUNT_ALREADY_ACTIVE, "Account " + code + " is already active.");
        }
        status = AccountStatus.ACTIVE;
    }

    /**
     * Throws unless the account can take a posting: active and a leaf, in the given currency.
     * Refused with {@code ledger.account.closed}, {@code ledger.account.not_leaf} or {@code
     * ledger.account.currency_mismatch}.
     *
     * @param lineCurrency the currency of the line to post
     */
    public void requirePostable(Currency lineCurrency) {
        if (status == AccountStatus.CLOSED) {
            throw new RuleViolationException(LedgerError.ACCOUNT_CLOSED, "Account " + code + " is closed and takes no postings.");
        }
        if (!leaf) {
            throw new RuleViolationException(LedgerError.ACCOUNT_NOT_LEAF,
                    "Account " + code + " has sub-accounts; post to one of them instead.");
        }
        if (!currency.equals(lineCurrency)) {
            throw new RuleViolationException(LedgerError.ACCOUNT_CURRENCY_MISMATCH,
                    "Account " + code + " is kept in " + currency + ", not " + lineCurrency + ".");
        }
    }

    /** {@return the id of the account} */
    public AccountId id() {
        return id;
    }

    /** {@return the tenant the account belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the code of the account} */
    public String code() {
        return code;
    }

    /** {@return the name of the account} */
    public String name() {
        return name;
    }

    /** {@return the type of the account} */
    public AccountType type() {
        return type;
    }

    /** {@return the normal side of the account} */
    public Side normalSide() {
        return type.normalSide();
    }

    /** {@return the currency of the account} */
    public Currency currency() {
        return currency;
    }

    /** {@return the parent id of the account, if any} */
    public Optional<AccountId> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** {@return the status of the account} */
    public AccountStatus status() {
        return status;
    }

    /** {@return whether the account is active} */
    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** {@return whether the account is a leaf, which takes postings (a parent reports a roll-up)} */
    public boolean isLeaf() {
        return leaf;
    }

    /** {@return when the account was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version
     */
    public long version() {
        return version;
    }
}
