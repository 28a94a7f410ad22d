package dev.backoffice.contract;

import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.GatewayChargeStatus;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.GatewayCharges}. */
public abstract class GatewayChargesContract extends ReceivablesAdapterContract {

    private GatewayCharge charge(Party customer) {
        GatewayCharge charge = GatewayCharge.request(GatewayChargeId.of(newId()), tenant, customer.id(),
                InvoiceId.of(newId()), eur("80.00"), "alice", NOW, AdapterContract::newId);
        charge.pullEvents();
        return charge;
    }

    @Test
    void storesAndFindsAChargeWithAllItsFieldsInItsTenantOnly() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        GatewayCharge charge = charge(customer);
        PendingEntryId pending = PendingEntryId.of(newId());
        PaymentId payment = PaymentId.of(newId());
        charge.authorized("ch_1", "tx_1", pending, NOW, AdapterContract::newId);
        charge.captured(eur("50.00"), "tx_2", payment, NOW, AdapterContract::newId);
        charge.refunded(eur("5.00"), "tx_3", NOW, AdapterContract::newId);
        inTx(() -> receivables().gatewayCharges().add(charge));

        GatewayCharge found = inTx(() -> receivables().gatewayCharges().find(tenant, charge.id())).orElseThrow();
        assertThat(found.party()).isEqualTo(customer.id());
        assertThat(found.invoice()).isEqualTo(charge.invoice());
        assertThat(found.amount()).isEqualTo(eur("80.00"));
        assertThat(found.status()).isEqualTo(GatewayChargeStatus.CAPTURED);
        assertThat(found.gatewayReference()).contains("ch_1");
        assertThat(found.pendingEntry()).contains(pending);
        assertThat(found.payment()).contains(payment);
        assertThat(found.captured()).isEqualTo(eur("50.00"));
        assertThat(found.refunded()).isEqualTo(eur("5.00"));
        assertThat(found.transactions()).containsExactlyInAnyOrder("tx_1", "tx_2", "tx_3");
        assertThat(found.createdBy()).isEqualTo("alice");
        assertThat(inTx(() -> receivables().gatewayCharges().find(otherTenant, charge.id()))).isEmpty();
    }

    @Test
    void storesAChangeOnceAndRefusesAStaleVersion() {
        GatewayCharge charge = charge(storedParty(tenant, PartyRole.CUSTOMER, "Dupont"));
        inTx(() -> receivables().gatewayCharges().add(charge));
        GatewayCharge first = inTx(() -> receivables().gatewayCharges().find(tenant, charge.id())).orElseThrow();
        GatewayCharge second = inTx(() -> receivables().gatewayCharges().find(tenant, charge.id())).orElseThrow();

        first.declined("ch_1", "tx_1", "no", NOW, AdapterContract::newId);
        inTx(() -> receivables().gatewayCharges().update(first));
        second.voided("tx_2", NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> receivables().gatewayCharges().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> receivables().gatewayCharges().find(tenant, charge.id())).orElseThrow().status())
                .isEqualTo(GatewayChargeStatus.DECLINED);
    }
}
