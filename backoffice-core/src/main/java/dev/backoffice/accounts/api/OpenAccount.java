package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Currency;

/**
 * Adds an account to the chart of accounts.
 *
 * @param code           unique in the tenant, for example {@code 1000} or {@code 4000.10}
 * @param parent         the parent account, or null for a top-level account; a parent must have
 *                       the same type and currency and no postings of its own
 * @param idempotencyKey optional: the same key again returns the first account
 * @param balanceLimit   the rule on the account's balance; null means none
 * @param balanceBuckets the number of balance buckets (1 to {@value Account#MAX_BALANCE_BUCKETS}) its
 *                       totals are spread over: 1 for a normal account, more for a hot account that
 *                       many concurrent postings touch; more than 1 with a balance limit is refused
 *                       with {@code ledger.account.limit_needs_one_bucket}
 * @param name the account name
 * @param type the account type, which fixes the normal side
 * @param currency the currency of its postings
 */
public record OpenAccount(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull AccountType type,
        @NotNull Currency currency,
        AccountId parent,
        @Size(min = 1, max = 128) String idempotencyKey,
        BalanceLimit balanceLimit,
        @Min(1) @Max(Account.MAX_BALANCE_BUCKETS) int balanceBuckets) {

    /**
     * A null balance limit means {@link BalanceLimit#NONE}.
     *
     * @param code           the account code
     * @param name           the account name
     * @param type           the account type
     * @param currency       the account currency
     * @param parent         the parent account, or null
     * @param idempotencyKey optional key
     * @param balanceLimit   the rule on the balance, or null for none
     * @param balanceBuckets the number of balance buckets
     */
    public OpenAccount {
        balanceLimit = balanceLimit == null ? BalanceLimit.NONE : balanceLimit;
    }

    /**
     * An account with one balance bucket.
     *
     * @param code           the account code, unique in the tenant
     * @param name           the name
     * @param type           the type, which fixes the normal side
     * @param currency       the currency of its postings
     * @param parent         the parent, of the same type and currency, or null
     * @param idempotencyKey optional key
     * @param balanceLimit   the rule on the balance, or null for none
     */
    public OpenAccount(String code, String name, AccountType type, Currency currency, AccountId parent,
                       String idempotencyKey, BalanceLimit balanceLimit) {
        this(code, name, type, currency, parent, idempotencyKey, balanceLimit, 1);
    }

    /**
     * An account without balance limit.
     *
     * @param code           the account code, unique in the tenant
     * @param name           the name
     * @param type           the type, which fixes the normal side
     * @param currency       the currency of its postings
     * @param parent         the parent, of the same type and currency, or null
     * @param idempotencyKey optional key
     */
    public OpenAccount(String code, String name, AccountType type, Currency currency, AccountId parent,
                       String idempotencyKey) {
        this(code, name, type, currency, parent, idempotencyKey, BalanceLimit.NONE, 1);
    }

    /**
     * A top-level account without idempotency key.
     *
     * @param code     the account code, unique in the tenant
     * @param name     the name
     * @param type     the type
     * @param currency the currency
     * @return the command
     */
    public static OpenAccount of(String code, String name, AccountType type, Currency currency) {
        return new OpenAccount(code, name, type, currency, null, null);
    }

    /**
     * The same account under a parent.
     *
     * @param parentAccount the parent, of the same type and currency
     * @return the command
     */
    public OpenAccount under(AccountId parentAccount) {
        return new OpenAccount(code, name, type, currency, parentAccount, idempotencyKey, balanceLimit, balanceBuckets);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key 1 to 128 characters
     * @return the command with the key
     */
    public OpenAccount withIdempotencyKey(String key) {
        return new OpenAccount(code, name, type, currency, parent, key, balanceLimit, balanceBuckets);
    }

    /**
     * The same account with a rule on its balance.
     *
     * @param limit the rule
     * @return the command with the rule
     */
    public OpenAccount withBalanceLimit(BalanceLimit limit) {
        return new OpenAccount(code, name, type, currency, parent, idempotencyKey, limit, balanceBuckets);
    }

    /**
     * The same account with its totals spread over {@code buckets} balance buckets (a hot account).
     *
     * @param buckets 1 to {@value dev.backoffice.accounts.domain.Account#MAX_BALANCE_BUCKETS}
     * @return the command
     */
    public OpenAccount withBalanceBuckets(int buckets) {
        return new OpenAccount(code, name, type, currency, parent, idempotencyKey, balanceLimit, buckets);
    }
}
