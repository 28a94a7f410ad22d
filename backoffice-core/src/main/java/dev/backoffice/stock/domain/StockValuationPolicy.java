package dev.backoffice.stock.domain;

import dev.backoffice.common.TenantId;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's stock valuation: on once set, in one currency for all its stock; its stock value posts
 * to the ledger when {@code accounts} are set, and only then.
 */
public record StockValuationPolicy(TenantId tenant, Currency currency, StockAccountSet accountSet) {

    /**
     * Checks the policy's values.
     *
     * @param tenant     the tenant it belongs to
     * @param currency   the valuation currency
     * @param accountSet the accounts stock value posts to, or null when it is not posted
     */
    public StockValuationPolicy {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The accounts, or empty when stock value is not posted.
     *
     * @return the accounts, or empty when stock value is not posted
     */
    public Optional<StockAccountSet> accounts() {
        return Optional.ofNullable(accountSet);
    }

    /**
     * Whether the tenant's stock value is posted to the ledger, or only kept in the value entries.
     *
     * @return true when stock value is posted to the ledger
     */
    public boolean posts() {
        return accountSet != null;
    }
}
