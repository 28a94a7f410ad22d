package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.CurrencyPolicy;

import java.util.Currency;
import java.util.Optional;

/**
 * A tenant's currency policy as read.
 *
 * @param functionalCurrency the currency the tenant reports in
 * @param exchangeGainAccount the revenue account of exchange gains, if set
 * @param exchangeLossAccount the expense account of exchange losses, if set
 */
public record CurrencyPolicySnapshot(Currency functionalCurrency, Optional<AccountId> exchangeGainAccount,
                                     Optional<AccountId> exchangeLossAccount) {

    /**
     * The snapshot of a currency policy.
     *
     * @param policy the tenant's currency policy
     * @return its read-only view
     */
    public static CurrencyPolicySnapshot of(CurrencyPolicy policy) {
        return new CurrencyPolicySnapshot(policy.functionalCurrency(), policy.exchangeGainAccount(),
                policy.exchangeLossAccount());
    }
}
