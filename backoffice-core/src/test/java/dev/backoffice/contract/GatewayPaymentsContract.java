package dev.backoffice.contract;

import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.GatewayChargeSnapshot;
import dev.backoffice.accounts.api.GatewayEvent;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RefundCharge;
import dev.backoffice.accounts.api.VoidCharge;
import dev.backoffice.accounts.domain.GatewayChargeStatus;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer payments through the payment gateway port (the scripted in-memory gateway): pending
 * entries held by authorizations, captures, voids, refunds, declines, timeouts and notifications.
 */
public abstract class GatewayPaymentsContract extends ReceivablesUseCasesContract {

    private PartySnapshot dupont;
    private InvoiceSnapshot invoice;

    @BeforeEach
    void customerWithAnInvoice() {
        dupont = customer("Dupont");
        invoice = invoice(dupont, "100.00", JAN_10); // 120.00
    }

    private GatewayChargeSnapshot authorize(String amount, String key) {
        return context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(dupont.id(), eur(amount), invoice.id(), "pm_card_visa", key));
    }

    private GatewayChargeSnapshot capture(GatewayChargeSnapshot charge, Money amount, String key) {
        return context.gatewayPayments().capture(alice, new CaptureCharge(charge.id(), amount, FEB_10, key));
    }

    private GatewayEvent event(GatewayChargeSnapshot charge, String transaction, GatewayEvent.Type type, Money amount) {
        return new GatewayEvent(charge.id(), "ch_async", transaction, type, amount, FEB_10, null);
    }

    private InvoiceSnapshot invoiceNow() {
        return context.invoicing().invoice(alice, invoice.id());
    }

    private void nothingPosted() {
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("0.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("120.00"));
    }

    @Test
    void anAuthorizationHoldsAPendingEntryThatACaptureInFullPosts() {
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        assertThat(charge.status()).isEqualTo(GatewayChargeStatus.AUTHORIZED);
        assertThat(backOffice.ledger().pendingEntry(alice, charge.pendingEntry()).status()).isEqualTo(PendingStatus.PENDING);
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("120.00"));
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("0.00"));

        GatewayChargeSnapshot captured = capture(charge, null, "capture-1");

        assertThat(captured.status()).isEqualTo(GatewayChargeStatus.CAPTURED);
        assertThat(backOffice.ledger().pendingEntry(alice, charge.pendingEntry()).status()).isEqualTo(PendingStatus.POSTED);
        PaymentSnapshot payment = context.payments().payment(alice, captured.payment());
        assertThat(payment.bankAccount()).isEqualTo(gatewayClearing.id());
        assertThat(payment.charge()).isEqualTo(charge.id());
        assertThat(payment.unallocated()).isEqualTo(eur("0.00"));
        assertThat(invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("120.00"));
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("0.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("0.00"));
        assertThat(published).extracting(DomainEvent::eventId).doesNotHaveDuplicates();
        assertThat(published).extracting(DomainEvent::eventType).contains("PaymentRecorded", "PaymentAllocated",
                "InvoiceSettlementChanged", "GatewayChargeChanged");
    }

    @Test
    void aPartialCaptureReleasesTheRestAndTheGatewayMayCaptureLessThanAsked() {
        GatewayChargeSnapshot first = authorize("120.00", "auth-1");
        capture(first, eur("50.00"), "capture-1");
        assertThat(invoiceNow().open()).isEqualTo(eur("70.00"));
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("0.00"));

        GatewayChargeSnapshot second = authorize("70.00", "auth-2");
        gateway.captureOnlyNext(eur("30.00"));
        GatewayChargeSnapshot captured = capture(second, null, "capture-2");

        assertThat(captured.captured()).isEqualTo(eur("30.00"));
        assertThat(invoiceNow().open()).isEqualTo(eur("40.00"));
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("80.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("40.00"));
    }

    @Test
    void aVoidReleasesThePendingEntryAndNothingIsPosted() {
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        GatewayChargeSnapshot voided = context.gatewayPayments().voidCharge(alice, new VoidCharge(charge.id(), "void-1"));

        assertThat(voided.status()).isEqualTo(GatewayChargeStatus.VOIDED);
        assertThat(backOffice.ledger().pendingEntry(alice, charge.pendingEntry()).status()).isEqualTo(PendingStatus.VOIDED);
        nothingPosted();
        assertRefused("receivables.gateway.invalid_state", () -> capture(charge, null, "capture-1"));
    }

    @Test
    void aDeclinedAuthorizationLeavesADeclinedChargeAndNothingPosted() {
        gateway.declineNext("insufficient funds");

        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        assertThat(charge.status()).isEqualTo(GatewayChargeStatus.DECLINED);
        assertThat(charge.declineReason()).isEqualTo("insufficient funds");
        assertThat(charge.pendingEntry()).isNull();
        nothingPosted();
        assertThat(authorize("120.00", "auth-1")).isEqualTo(charge);
    }

    @Test
    void afterATimeoutNothingIsPostedUntilARetryWithTheSameKeyTellsTheOutcome() {
        gateway.timeOutNext();

        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        assertThat(charge.status()).isEqualTo(GatewayChargeStatus.REQUESTED);
        nothingPosted();
        GatewayChargeSnapshot retried = authorize("120.00", "auth-1");
        assertThat(retried.id()).isEqualTo(charge.id());
        assertThat(retried.status()).isEqualTo(GatewayChargeStatus.AUTHORIZED);
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("120.00"));
    }

    @Test
    void afterATimeoutTheNotificationTellsTheOutcomeAndADuplicateChangesNothing() {
        gateway.timeOutNext();
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        GatewayChargeSnapshot authorized = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_a", GatewayEvent.Type.AUTHORIZED, null));
        GatewayChargeSnapshot again = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_a", GatewayEvent.Type.AUTHORIZED, null));

        assertThat(authorized.status()).isEqualTo(GatewayChargeStatus.AUTHORIZED);
        assertThat(authorized.gatewayReference()).isEqualTo("ch_async");
        assertThat(again).isEqualTo(authorized);
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("120.00"));
        assertThat(authorize("120.00", "auth-1").status()).isEqualTo(GatewayChargeStatus.AUTHORIZED);
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("120.00"));
    }

    @Test
    void aDeclinedOrTimedOutCaptureChangesNothingAndTheLaterNotificationCaptures() {
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");
        gateway.declineNext("authorization expired").timeOutNext();

        assertRefused("receivables.gateway.declined", () -> capture(charge, null, "capture-1"));
        assertRefused("receivables.gateway.timeout", () -> capture(charge, null, "capture-2"));

        assertThat(context.gatewayPayments().charge(alice, charge.id())).isEqualTo(charge);
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("120.00"));
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("0.00"));
        GatewayChargeSnapshot captured = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_c", GatewayEvent.Type.CAPTURED, eur("120.00")));
        assertThat(captured.status()).isEqualTo(GatewayChargeStatus.CAPTURED);
        assertThat(invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void theNotificationOfACallAlreadyAppliedChangesNothing() {
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");
        GatewayChargeSnapshot captured = capture(charge, null, "capture-1");
        String captureTransaction = "tx_" + 2; // the in-memory gateway's second reference: the capture's

        GatewayChargeSnapshot echoed = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, captureTransaction, GatewayEvent.Type.CAPTURED, eur("120.00")));
        GatewayChargeSnapshot late = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_other", GatewayEvent.Type.AUTHORIZED, null));

        assertThat(echoed).isEqualTo(captured);
        assertThat(late).isEqualTo(captured);
        assertThat(capture(charge, null, "capture-1")).isEqualTo(captured);
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("120.00"));
    }

    @Test
    void notificationsOutOfOrderAreAppliedWhenTheyCanBeAndRefusedWithNothingChangedWhenNot() {
        gateway.timeOutNext();
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");

        assertRefused("receivables.gateway.invalid_state", () -> context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_r", GatewayEvent.Type.REFUNDED, eur("10.00"))));
        nothingPosted();

        GatewayChargeSnapshot captured = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_c", GatewayEvent.Type.CAPTURED, null));
        assertThat(captured.status()).isEqualTo(GatewayChargeStatus.CAPTURED);
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("120.00"));

        GatewayChargeSnapshot refunded = context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_r", GatewayEvent.Type.REFUNDED, eur("10.00")));
        assertThat(refunded.refunded()).isEqualTo(eur("10.00"));
        assertThat(context.gatewayPayments().recordGatewayEvent(alice,
                event(charge, "tx_r", GatewayEvent.Type.REFUNDED, eur("10.00")))).isEqualTo(refunded);
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("110.00"));
    }

    @Test
    void aRefundThroughTheGatewayRefundsThePaymentAndOpensTheInvoiceAgain() {
        GatewayChargeSnapshot charge = authorize("120.00", "auth-1");
        capture(charge, null, "capture-1");

        GatewayChargeSnapshot refunded = context.gatewayPayments().refund(alice,
                new RefundCharge(charge.id(), eur("20.00"), FEB_10, "refund-1"));
        context.gatewayPayments().refund(alice, new RefundCharge(charge.id(), eur("20.00"), FEB_10, "refund-1"));

        assertThat(refunded.refunded()).isEqualTo(eur("20.00"));
        assertThat(invoiceNow().open()).isEqualTo(eur("20.00"));
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("100.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("20.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("0.00"));
        assertRefused("receivables.gateway.refund_exceeds_captured", () -> context.gatewayPayments().refund(alice,
                new RefundCharge(charge.id(), eur("100.01"), FEB_10, "refund-2")));
        // the repeated key is answered without a second call; the refund too large is refused before one
        assertThat(gateway.calls()).filteredOn(c -> c.operation().equals("refund")).hasSize(1);
    }

    @Test
    void badChargesAreRefusedBeforeTheGatewayIsCalled() {
        PartySnapshot acier = supplier("Acier");
        PartySnapshot martin = customer("Martin");

        assertRefused("receivables.party.role_mismatch", () -> context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(acier.id(), eur("1.00"), null, "pm", "k1")));
        assertRefused("receivables.payment.document_mismatch", () -> context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(martin.id(), eur("1.00"), invoice.id(), "pm", "k2")));
        assertRefused("receivables.payment.currency_mismatch", () -> context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(dupont.id(), Money.of("1.00", "USD"), null, "pm", "k3")));
        assertRefused("validation.failed", () -> context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(dupont.id(), eur("1.00"), null, "pm", null)));
        context.settings().configure(alice, new dev.backoffice.accounts.api.ConfigureReceivables(EUR, receivable.id(),
                customerCredit.id(), revenue.id(), outputTax.id(), payable.id(), supplierAdvances.id(), expense.id(),
                inputTax.id(), bank.id(), null, null));
        assertRefused("receivables.gateway.not_configured", () -> authorize("1.00", "k4"));
        assertRefused("receivables.gateway.charge_not_found", () -> context.gatewayPayments().charge(mallory,
                authorizeAnyway()));
        assertThat(gateway.calls()).extracting(c -> c.idempotencyKey()).containsExactly("k5");
    }

    private dev.backoffice.accounts.domain.GatewayChargeId authorizeAnyway() {
        context.settings().configure(alice, configuration(null));
        return authorize("1.00", "k5").id();
    }
}
