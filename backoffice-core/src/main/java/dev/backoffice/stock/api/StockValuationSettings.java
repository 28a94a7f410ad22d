package dev.backoffice.stock.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.stock.domain.StockValuationPolicy;

import java.util.Currency;

/** The tenant's stock valuation: its currency, and the accounts it posts to when {@code posts}. */
public record StockValuationSettings(Currency currency, boolean posts, AccountId inventory, AccountId costOfGoodsSold,
                                     AccountId receivedNotBilled, AccountId priceVariance, AccountId inventoryLoss) {

    /**
     * The tenant's settings read from its valuation policy.
     *
     * @param policy the policy
     * @return its immutable snapshot
     */
    public static StockValuationSettings of(StockValuationPolicy policy) {
        return policy.accounts().map(a -> new StockValuationSettings(policy.currency(), true, AccountId.of(a.inventory()),
                        AccountId.of(a.costOfGoodsSold()), AccountId.of(a.receivedNotBilled()),
                        AccountId.of(a.priceVariance()), AccountId.of(a.inventoryLoss())))
                .orElseGet(() -> new StockValuationSettings(policy.currency(), false, null, null, null, null, null));
    }
}
