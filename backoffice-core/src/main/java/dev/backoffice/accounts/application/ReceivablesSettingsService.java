package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.ReceivablesSettings;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.domain.ReceivablesConfigured;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;

import java.util.Currency;
import java.util.List;

final class ReceivablesSettingsService implements ReceivablesSettings {

    private final UseCases useCases;
    private final ReceivablesConfigurations configurations;

    private final dev.backoffice.accounts.spi.Accounts accounts;

    ReceivablesSettingsService(UseCases useCases, ReceivablesConfigurations configurations,
                               dev.backoffice.accounts.spi.Accounts accounts) {
        this.accounts = accounts;
        this.useCases = useCases;
        this.configurations = configurations;
    }

    record CurrencyRef(@NotNull Currency currency) {
    }

    @Override
    public ReceivablesConfiguration configure(Actor actor, ConfigureReceivables c) {
        return useCases.command(actor, ReceivablesPermissions.CONFIGURE, c, () -> {
            requireAccountsOf(actor, c);
            ReceivablesConfiguration configuration = new ReceivablesConfiguration(actor.tenant(), c.currency(),
                    c.receivable(), c.customerCredit(), c.revenue(), c.outputTax(), c.payable(), c.supplierAdvances(),
                    c.expense(), c.inputTax(), c.bank(), c.gatewayClearing(), c.approvalThreshold());
            configurations.save(configuration);
            useCases.audit(actor, ReceivablesPermissions.CONFIGURE, "ReceivablesConfiguration",
                    java.util.UUID.nameUUIDFromBytes((actor.tenant().value() + '/' + c.currency().getCurrencyCode())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "configured " + c.currency().getCurrencyCode());
            useCases.publish(List.of(new ReceivablesConfigured(useCases.newId(), actor.tenant(), useCases.now(),
                    c.currency())));
            return configuration;
        });
    }

    /** Every account the configuration names must be one of the actor's tenant ({@code ledger.account.not_found}). */
    private void requireAccountsOf(Actor actor, ConfigureReceivables c) {
        List<dev.backoffice.accounts.domain.AccountId> named = new java.util.ArrayList<>(List.of(c.receivable(),
                c.customerCredit(), c.revenue(), c.outputTax(), c.payable(), c.supplierAdvances(), c.expense(),
                c.inputTax(), c.bank()));
        if (c.gatewayClearing() != null) {
            named.add(c.gatewayClearing());
        }
        var found = accounts.findAll(actor.tenant(), named);
        for (dev.backoffice.accounts.domain.AccountId id : named) {
            if (!found.containsKey(id)) {
                throw new NotFoundException(dev.backoffice.accounts.domain.LedgerError.ACCOUNT_NOT_FOUND,
                        "Account " + id + " does not exist.");
            }
        }
    }

    @Override
    public ReceivablesConfiguration configuration(Actor actor, Currency currency) {
        return useCases.query(actor, ReceivablesPermissions.READ, new CurrencyRef(currency),
                () -> load(configurations, actor.tenant(), currency));
    }

    static ReceivablesConfiguration load(ReceivablesConfigurations configurations, TenantId tenant, Currency currency) {
        return configurations.find(tenant, currency).orElseThrow(() -> new NotFoundException(
                ReceivablesError.CONFIGURATION_MISSING,
                "No receivables accounts are configured for " + currency.getCurrencyCode() + "."));
    }
}
