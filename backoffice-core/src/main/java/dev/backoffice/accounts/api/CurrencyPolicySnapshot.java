package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.CurrencyPolicy;

import java.util.Currency;
import java.util.Optional;

/** A tenant's currency policy as read. */
public record CurrencyPolicySnapshot(Currency functionalCurrency, Optional<AccountId> exchangeGainAccount,
                                     Optional<AccountId> exchangeLossAccount) {

    /**
     * @param policy the tenant's currency policy
     * @return its read-only view
     */
    public static CurrencyPolicySnapshot of(CurrencyPolicy policy) {
        return new CurrencyPolicySnapshot(policy.functionalCurrency(), policy.exchangeGainAccount(),
                policy.exchangeLossAccount());
    }
}
