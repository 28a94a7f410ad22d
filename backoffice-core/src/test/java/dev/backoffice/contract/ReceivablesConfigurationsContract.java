package dev.backoffice.contract;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.backoffice.accounts.spi.ReceivablesConfigurations}. */
public abstract class ReceivablesConfigurationsContract extends ReceivablesAdapterContract {

    private ReceivablesConfiguration configuration(TenantId owner, AccountId gateway, String threshold) {
        return new ReceivablesConfiguration(owner, EUR, AccountId.of(newId()), AccountId.of(newId()),
                AccountId.of(newId()), AccountId.of(newId()), AccountId.of(newId()), AccountId.of(newId()),
                AccountId.of(newId()), AccountId.of(newId()), AccountId.of(newId()), gateway,
                threshold == null ? null : eur(threshold));
    }

    @Test
    void savesFindsAndReplacesTheConfigurationOfATenantAndCurrency() {
        ReceivablesConfiguration first = configuration(tenant, AccountId.of(newId()), "1000.00");
        ReceivablesConfiguration second = configuration(tenant, null, null);

        inTx(() -> receivables().configurations().save(first));
        assertThat(inTx(() -> receivables().configurations().find(tenant, EUR))).contains(first);
        inTx(() -> receivables().configurations().save(second));

        assertThat(inTx(() -> receivables().configurations().find(tenant, EUR))).contains(second);
        assertThat(inTx(() -> receivables().configurations().find(tenant, USD))).isEmpty();
        assertThat(inTx(() -> receivables().configurations().find(otherTenant, EUR))).isEmpty();
    }
}
