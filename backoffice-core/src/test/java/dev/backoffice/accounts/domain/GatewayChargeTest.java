package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class GatewayChargeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static GatewayCharge requested(String amount) {
        return GatewayCharge.request(GatewayChargeId.of(UUID.randomUUID()), TenantId.of("acme"),
                PartyId.of(UUID.randomUUID()), null, eur(amount), "alice", NOW, UUID::randomUUID);
    }

    private static GatewayCharge authorized(String amount) {
        GatewayCharge charge = requested(amount);
        charge.authorized("ch_1", "tx_1", PendingEntryId.of(UUID.randomUUID()), NOW, UUID::randomUUID);
        return charge;
    }

    @Test
    void aChargeIsAboveZeroAndStartsRequested() {
        assertRefused("receivables.payment.invalid_amount", () -> requested("0.00"));
        GatewayCharge charge = requested("10.00");
        assertThat(charge.status()).isEqualTo(GatewayChargeStatus.REQUESTED);
        assertThat(charge.pullEvents()).singleElement().isInstanceOf(GatewayChargeChanged.class);
    }

    @Test
    void anAuthorizationIsCapturedOnceWithinItsAmount() {
        GatewayCharge charge = authorized("100.00");

        assertRefused("receivables.gateway.capture_exceeds_authorized", () -> charge.requireCapturable(eur("100.01")));
        charge.captured(eur("60.00"), "tx_2", PaymentId.of(UUID.randomUUID()), NOW, UUID::randomUUID);

        assertThat(charge.status()).isEqualTo(GatewayChargeStatus.CAPTURED);
        assertThat(charge.captured()).isEqualTo(eur("60.00"));
        assertThat(charge.hasApplied("tx_1")).isTrue();
        assertThat(charge.hasApplied("tx_2")).isTrue();
        assertRefused("receivables.gateway.invalid_state", () -> charge.requireCapturable(eur("1.00")));
        assertRefused("receivables.gateway.invalid_state", charge::requireVoidable);
    }

    @Test
    void refundsStayWithinWhatWasCaptured() {
        GatewayCharge charge = authorized("100.00");
        assertRefused("receivables.gateway.invalid_state", () -> charge.requireRefundable(eur("1.00")));
        charge.captured(eur("100.00"), "tx_2", PaymentId.of(UUID.randomUUID()), NOW, UUID::randomUUID);

        charge.refunded(eur("70.00"), "tx_3", NOW, UUID::randomUUID);

        assertThat(charge.refunded()).isEqualTo(eur("70.00"));
        assertRefused("receivables.gateway.refund_exceeds_captured", () -> charge.requireRefundable(eur("30.01")));
    }

    @Test
    void aRequestedOrAuthorizedChargeCanBeVoidedOrDeclinedOnlyWhileRequested() {
        GatewayCharge voided = authorized("10.00");
        voided.voided("tx_9", NOW, UUID::randomUUID);
        assertThat(voided.status()).isEqualTo(GatewayChargeStatus.VOIDED);
        assertRefused("receivables.gateway.invalid_state", () -> voided.voided("tx_10", NOW, UUID::randomUUID));

        GatewayCharge declined = requested("10.00");
        declined.declined("ch_2", "tx_4", "insufficient funds", NOW, UUID::randomUUID);
        assertThat(declined.declineReason()).contains("insufficient funds");
        assertRefused("receivables.gateway.invalid_state", () -> declined.authorized("ch_2", "tx_5",
                PendingEntryId.of(UUID.randomUUID()), NOW, UUID::randomUUID));
    }
}
