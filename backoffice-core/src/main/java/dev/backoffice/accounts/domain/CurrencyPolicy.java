package dev.backoffice.accounts.domain;

import dev.backoffice.common.TenantId;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's currency settings: its functional currency (the one its books are kept in; every
 * posted line carries its equivalent in it) and the accounts that take realised and unrealised
 * exchange gains and losses at a revaluation. The functional currency is set once, before the
 * first posting, and never changes; the gain and loss accounts can be changed.
 */
public final class CurrencyPolicy {

    private final TenantId tenant;
    private final Currency functionalCurrency;
    private AccountId exchangeGainAccount;
    private AccountId exchangeLossAccount;
    private final long version;

    private CurrencyPolicy(TenantId tenant, Currency functionalCurrency, AccountId exchangeGainAccount,
                           AccountId exchangeLossAccount, long version) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.functionalCurrency = Objects.requireNonNull(functionalCurrency, "functionalCurrency");
        this.exchangeGainAccount = exchangeGainAccount;
        this.exchangeLossAccount = exchangeLossAccount;
        this.version = version;
    }

    /** A new policy for the tenant. */
    public static CurrencyPolicy create(TenantId tenant, Currency functionalCurrency) {
        return new CurrencyPolicy(tenant, functionalCurrency, null, null, 0);
    }

    /** Rebuilds a stored policy (for adapters). */
    public static CurrencyPolicy restore(TenantId tenant, Currency functionalCurrency, AccountId exchangeGainAccount,
                                         AccountId exchangeLossAccount, long version) {
        return new CurrencyPolicy(tenant, functionalCurrency, exchangeGainAccount, exchangeLossAccount, version);
    }

    /** Sets the accounts for exchange gains and losses (the caller checked they are fit). */
    public void useExchangeAccounts(AccountId gain, AccountId loss) {
        this.exchangeGainAccount = Objects.requireNonNull(gain, "gain");
        this.exchangeLossAccount = Objects.requireNonNull(loss, "loss");
    }

    public TenantId tenant() {
        return tenant;
    }

    public Currency functionalCurrency() {
        return functionalCurrency;
    }

    public Optional<AccountId> exchangeGainAccount() {
        return Optional.ofNullable(exchangeGainAccount);
    }

    public Optional<AccountId> exchangeLossAccount() {
        return Optional.ofNullable(exchangeLossAccount);
    }

    public long version() {
        return version;
    }
}
