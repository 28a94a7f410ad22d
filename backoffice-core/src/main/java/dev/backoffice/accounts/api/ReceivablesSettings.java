package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.common.Actor;

import java.util.Currency;

/** The posting accounts and approval threshold of the actor's tenant, per currency. */
public interface ReceivablesSettings {

    /**
     * Sets the configuration of a currency, replacing any earlier one.
     *
     * @param actor   who acts
     * @param command the currency and its accounts, tax policy and thresholds
     * @return the configuration
     */
    ReceivablesConfiguration configure(Actor actor, ConfigureReceivables command);

    /**
     * The configuration of a currency; {@code receivables.configuration.missing} when there is none.
     *
     * @param actor    who reads
     * @param currency the currency
     * @return the configuration
     */
    ReceivablesConfiguration configuration(Actor actor, Currency currency);
}
