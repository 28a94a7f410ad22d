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

    public StockValuationPolicy {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(currency, "currency");
    }

    public Optional<StockAccountSet> accounts() {
        return Optional.ofNullable(accountSet);
    }

    public boolean posts() {
        return accountSet != null;
    }
}
