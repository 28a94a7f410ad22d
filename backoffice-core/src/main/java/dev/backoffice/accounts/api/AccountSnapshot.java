package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountStatus;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.Side;

import java.time.Instant;
import java.util.Currency;

/**
 * An account as the chart of accounts shows it. {@code parent} is null for a top-level account;
 * {@code balanceBuckets} is the number of balance buckets its totals are spread over (1 for a
 * normal account, more for a hot account).
 *
 * @param id the id
 * @param code the account code
 * @param name the account name
 * @param type the account type, which fixes the normal side
 * @param normalSide the side its balance is reported on
 * @param currency the currency of its postings
 * @param parent the parent account, or null
 * @param status its status
 * @param leaf whether it takes postings (a parent does not)
 * @param balanceLimit the rule on its balance
 * @param balanceBuckets the number of balance buckets its totals are spread over
 * @param createdAt when it was created
 */
public record AccountSnapshot(AccountId id, String code, String name, AccountType type, Side normalSide,
                              Currency currency, AccountId parent, AccountStatus status, boolean leaf,
                              BalanceLimit balanceLimit, int balanceBuckets, Instant createdAt) {

    /**
     * The snapshot of an account.
     *
     * @param account the account aggregate
     * @return its read-only view
     */
    public static AccountSnapshot of(Account account) {
        return new AccountSnapshot(account.id(), account.code(), account.name(), account.type(), account.normalSide(),
                account.currency(), account.parentId().orElse(null), account.status(), account.isLeaf(),
                account.balanceLimit(), account.balanceBuckets(), account.createdAt());
    }
}
