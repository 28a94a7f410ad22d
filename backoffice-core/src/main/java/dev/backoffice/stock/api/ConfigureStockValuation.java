package dev.backoffice.stock.api;

import dev.backoffice.accounts.domain.AccountId;

import java.util.Currency;

/**
 * Turns valuation on for the tenant's stock. {@code currency} is the one all its stock is valued in:
 * the ledger's functional currency when the tenant has one (null takes it), otherwise required.
 * With all five accounts given, every value change posts to the ledger in the same unit of work as
 * its move; with none, posting is off and valuation still works; some but not all is refused.
 */
public record ConfigureStockValuation(Currency currency, AccountId inventory, AccountId costOfGoodsSold,
                                      AccountId receivedNotBilled, AccountId priceVariance, AccountId inventoryLoss) {

    /**
     * Valuation without posting.
     *
     * @param currency the currency stock is valued in
     * @return the command
     */
    public static ConfigureStockValuation withoutPosting(Currency currency) {
        return new ConfigureStockValuation(currency, null, null, null, null, null);
    }

    /**
     * Valuation that posts to these accounts, in the tenant's functional currency (or the given one).
     *
     * @param currency          the currency stock is valued in; must be the ledger's functional currency
     * @param inventory         the asset account that holds the value of the stock
     * @param costOfGoodsSold   the expense account issues to customers post to
     * @param receivedNotBilled the liability account receipts from suppliers post to until the bill is booked
     * @param priceVariance     the account differences against a standard cost post to
     * @param inventoryLoss     the expense account adjustments and count variances post to
     * @return the command
     */
    public static ConfigureStockValuation posting(Currency currency, AccountId inventory, AccountId costOfGoodsSold,
                                                  AccountId receivedNotBilled, AccountId priceVariance,
                                                  AccountId inventoryLoss) {
        return new ConfigureStockValuation(currency, inventory, costOfGoodsSold, receivedNotBilled, priceVariance,
                inventoryLoss);
    }
}
