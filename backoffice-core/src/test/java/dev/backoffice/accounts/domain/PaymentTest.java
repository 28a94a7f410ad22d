package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAR_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate MAR_9 = LocalDate.of(2026, 3, 9);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static JournalEntryId entry() {
        return JournalEntryId.of(UUID.randomUUID());
    }

    private static Payment payment(PaymentDirection direction, String amount, boolean needsApproval) {
        Payment payment = Payment.record(PaymentId.of(UUID.randomUUID()), TenantId.of("acme"), direction,
                PartyId.of(UUID.randomUUID()), PartyRole.CUSTOMER, eur(amount), MAR_1,
                AccountId.of(UUID.randomUUID()), "REF", null, needsApproval, "alice", NOW, UUID::randomUUID);
        if (!needsApproval) {
            payment.posted(entry());
        }
        return payment;
    }

    @Test
    void aPaymentIsAboveZero() {
        assertRefused("receivables.payment.invalid_amount", () -> payment(PaymentDirection.INCOMING, "0.00", false));
    }

    @Test
    void allocationsSpendTheUnallocatedAmountAndNeverMore() {
        Payment payment = payment(PaymentDirection.INCOMING, "100.00", false);

        payment.allocate(UUID.randomUUID(), InvoiceId.of(UUID.randomUUID()), eur("60.00"), MAR_1, entry(), NOW,
                UUID::randomUUID);

        assertThat(payment.unallocated()).isEqualTo(eur("40.00"));
        assertRefused("receivables.payment.over_allocated", () -> payment.requireAllocatable(eur("40.01")));
        assertRefused("receivables.payment.invalid_amount", () -> payment.requireAllocatable(eur("0.00")));
        assertRefused("receivables.payment.currency_mismatch",
                () -> payment.requireAllocatable(Money.of("1.00", "USD")));
        assertThat(payment.cashSide()).isEqualTo(Side.DEBIT);
    }

    @Test
    void anUndoneAllocationFreesItsAmountOnceAndStaysInTheHistory() {
        Payment payment = payment(PaymentDirection.INCOMING, "100.00", false);
        UUID id = UUID.randomUUID();
        payment.allocate(id, InvoiceId.of(UUID.randomUUID()), eur("60.00"), MAR_1, entry(), NOW, UUID::randomUUID);

        payment.undoAllocation(id, MAR_5, entry(), NOW, UUID::randomUUID);

        assertThat(payment.unallocated()).isEqualTo(eur("100.00"));
        assertThat(payment.allocations()).singleElement().satisfies(a -> assertThat(a.undoneOn()).isEqualTo(MAR_5));
        assertThat(payment.unallocatedOn(MAR_1)).isEqualTo(eur("40.00"));
        assertThat(payment.unallocatedOn(MAR_5)).isEqualTo(eur("100.00"));
        assertRefused("receivables.payment.allocation_already_undone", () -> payment.requireUndoable(id));
        assertRefused("receivables.payment.allocation_not_found", () -> payment.requireUndoable(UUID.randomUUID()));
    }

    @Test
    void refundsComeFromTheUnallocatedAmountAndNeverExceedThePayment() {
        Payment payment = payment(PaymentDirection.INCOMING, "100.00", false);
        payment.allocate(UUID.randomUUID(), InvoiceId.of(UUID.randomUUID()), eur("70.00"), MAR_1, entry(), NOW,
                UUID::randomUUID);

        payment.refund(UUID.randomUUID(), eur("30.00"), MAR_9, entry(), NOW, UUID::randomUUID);

        assertThat(payment.refunded()).isEqualTo(eur("30.00"));
        assertThat(payment.unallocated()).isEqualTo(eur("0.00"));
        assertThat(payment.unallocatedOn(MAR_5)).isEqualTo(eur("30.00"));
        assertRefused("receivables.payment.over_allocated",
                () -> payment.refund(UUID.randomUUID(), eur("0.01"), MAR_9, entry(), NOW, UUID::randomUUID));
        assertRefused("receivables.payment.refund_exceeds_payment", () -> payment.requireRefundable(eur("70.01")));
        assertThat(payment.pullEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PaymentRecorded", "PaymentAllocated", "PaymentRefunded");
    }

    @Test
    void aPaymentAwaitingApprovalIsApprovedByAnotherActorOnly() {
        Payment payment = payment(PaymentDirection.OUTGOING, "5000.00", true);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_APPROVAL);
        assertThat(payment.unallocatedOn(MAR_9)).isEqualTo(eur("0.00"));
        assertRefused("receivables.payment.not_approved", () -> payment.requireAllocatable(eur("1.00")));
        assertRefused("receivables.payment.not_approved", () -> payment.requireRefundable(eur("1.00")));
        assertRefused("receivables.payment.self_approval", () -> payment.approve("alice", NOW, UUID::randomUUID));

        payment.approve("bob", NOW, UUID::randomUUID);

        assertThat(payment.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(payment.approvedBy()).contains("bob");
        assertThat(payment.cashSide()).isEqualTo(Side.CREDIT);
        assertRefused("receivables.payment.not_awaiting_approval", () -> payment.approve("carol", NOW, UUID::randomUUID));
    }
}
