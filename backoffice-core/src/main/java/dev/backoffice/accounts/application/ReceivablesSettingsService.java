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

    ReceivablesSettingsService(UseCases useCases, ReceivablesConfigurations configurations) {
        this.useCases = useCases;
        this.configurations = configurations;
    }

    record CurrencyRef(@NotNull Currency currency) {
    }

    @Override
    public ReceivablesConfiguration configure(Actor actor, ConfigureReceivables c) {
        return useCases.command(actor, ReceivablesPermissions.CONFIGURE, c, () -> {
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
