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

    /**
     * A new policy for the tenant.
     *
     * @param tenant             the tenant
     * @param functionalCurrency the currency the tenant reports in
     * @return the policy, without exchange accounts
     */
    public static CurrencyPolicy create(TenantId tenant, Currency functionalCurrency) {
        return new CurrencyPolicy(tenant, functionalCurrency, null, null, 0);
    }

    /**
     * Rebuilds a stored policy (for adapters).
     *
     * @param tenant the tenant
     * @param functionalCurrency the functional currency, as stored
     * @param exchangeGainAccount the exchange gain account, as stored
     * @param exchangeLossAccount the exchange loss account, as stored
     * @param version the stored version, for optimistic locking
     * @return the currency policy, with no events recorded
     */
    public static CurrencyPolicy restore(TenantId tenant, Currency functionalCurrency, AccountId exchangeGainAccount,
                                         AccountId exchangeLossAccount, long version) {
        return new CurrencyPolicy(tenant, functionalCurrency, exchangeGainAccount, exchangeLossAccount, version);
    }

    /**
     * Sets the accounts for exchange gains and losses (the caller checked they are fit).
     *
     * @param gain the revenue account for exchange gains
     * @param loss the expense account for exchange losses
     */
    public void useExchangeAccounts(AccountId gain, AccountId loss) {
        this.exchangeGainAccount = Objects.requireNonNull(gain, "gain");
        this.exchangeLossAccount = Objects.requireNonNull(loss, "loss");
    }

    /** {@return the tenant the currency policy belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the functional currency of the currency policy} */
    public Currency functionalCurrency() {
        return functionalCurrency;
    }

    /** {@return the exchange gain account of the currency policy, if any} */
    public Optional<AccountId> exchangeGainAccount() {
        return Optional.ofNullable(exchangeGainAccount);
    }

    /** {@return the exchange loss account of the currency policy, if any} */
    public Optional<AccountId> exchangeLossAccount() {
        return Optional.ofNullable(exchangeLossAccount);
    }

    /** {@return the stored version of the currency policy, for optimistic locking} */
    public long version() {
        return version;
    }
}
