package dev.backoffice.contract;

import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.ApprovePayment;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.api.UndoAllocation;
import dev.backoffice.accounts.application.ReceivablesContext;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PaymentAllocated;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PaymentStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.backoffice.common.Refusals.assertRefused;
import static dev.backoffice.accounts.api.AllocatePayment.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Incoming and outgoing payments through the api, posting through the ledger of the same back office. */
public abstract class PaymentsUseCasesContract extends ReceivablesUseCasesContract {

    private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);

    private PaymentSnapshot received(PartySnapshot party, String amount, LocalDate date) {
        return context.payments().record(alice, RecordPayment.incoming(party.id(), eur(amount), date));
    }

    private Money open(InvoiceSnapshot invoice) {
        return context.invoicing().invoice(alice, invoice.id()).open();
    }

    private InvoiceStatus status(InvoiceSnapshot invoice) {
        return context.invoicing().invoice(alice, invoice.id()).status();
    }

    @Test
    void aPaymentReceivedPostsToTheBankAndTheCustomersCreditUntilAllocated() {
        PartySnapshot dupont = customer("Dupont");

        PaymentSnapshot payment = received(dupont, "50.00", FEB_10);

        assertThat(payment.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(payment.unallocated()).isEqualTo(eur("50.00"));
        assertThat(entry(payment.receiptEntry()).lines()).extracting(l -> tuple(l.account(), l.side(), l.amount()))
                .containsExactly(tuple(bank.id(), Side.DEBIT, eur("50.00")),
                        tuple(customerCredit.id(), Side.CREDIT, eur("50.00")));
        assertThat(balance(bank).balance()).isEqualTo(eur("50.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("50.00"));
        assertThat(context.payments().payment(alice, payment.id())).isEqualTo(payment);
        assertThat(audit(payment.id().value())).isNotEmpty();
    }

    @Test
    void aPaymentIsAllocatedInPartsToSeveralDocumentsEachWithItsOwnEntry() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot first = invoice(dupont, "100.00", JAN_10);
        InvoiceSnapshot second = invoice(dupont, "50.00", JAN_10);
        PaymentSnapshot payment = received(dupont, "150.00", FEB_10);
        published.clear();

        PaymentSnapshot allocated = context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10,
                part(first.id(), eur("120.00")), part(second.id(), eur("20.00"))));

        assertThat(allocated.unallocated()).isEqualTo(eur("10.00"));
        assertThat(status(first)).isEqualTo(InvoiceStatus.PAID);
        assertThat(status(second)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(open(second)).isEqualTo(eur("40.00"));
        Allocation toSecond = allocated.allocations().get(1);
        assertThat(entry(toSecond.entry()).lines()).extracting(l -> tuple(l.account(), l.side(), l.amount()))
                .containsExactly(tuple(customerCredit.id(), Side.DEBIT, eur("20.00")),
                        tuple(receivable.id(), Side.CREDIT, eur("20.00")));
        assertThat(balance(receivable).balance()).isEqualTo(eur("40.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("10.00"));
        assertThat(published).filteredOn(PaymentAllocated.class::isInstance).hasSize(2);
    }

    @Test
    void severalPaymentsSettleOneDocumentAndAnOverpaymentIsCreditUsedLater() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10);
        PaymentSnapshot first = received(dupont, "70.00", FEB_10);
        PaymentSnapshot second = received(dupont, "80.00", FEB_20);

        context.payments().allocate(alice, AllocatePayment.of(first.id(), FEB_10, part(invoice.id(), eur("70.00"))));
        context.payments().allocate(alice, AllocatePayment.of(second.id(), FEB_20, part(invoice.id(), eur("50.00"))));

        assertThat(status(invoice)).isEqualTo(InvoiceStatus.PAID);
        assertThat(context.payments().payment(alice, second.id()).unallocated()).isEqualTo(eur("30.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("30.00"));
        InvoiceSnapshot next = invoice(dupont, "20.00", MAR_1);
        context.payments().allocate(alice, AllocatePayment.of(second.id(), MAR_1, part(next.id(), eur("24.00"))));
        assertThat(status(next)).isEqualTo(InvoiceStatus.PAID);
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("6.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("0.00"));
    }

    @Test
    void undoingAnAllocationReversesItsPostingAndOpensTheAmountAgain() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10);
        PaymentSnapshot payment = received(dupont, "120.00", FEB_10);
        PaymentSnapshot allocated = context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("120.00"))));
        Allocation allocation = allocated.allocations().get(0);

        PaymentSnapshot undone = context.payments().undoAllocation(alice,
                new UndoAllocation(payment.id(), allocation.id(), FEB_20));

        assertThat(undone.unallocated()).isEqualTo(eur("120.00"));
        assertThat(undone.allocations().get(0).reversal()).isNotNull();
        assertThat(entry(allocation.entry()).reversedBy()).isEqualTo(undone.allocations().get(0).reversal());
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(balance(receivable).balance()).isEqualTo(eur("120.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("120.00"));
        assertRefused("receivables.payment.allocation_already_undone", () -> context.payments().undoAllocation(alice,
                new UndoAllocation(payment.id(), allocation.id(), FEB_20)));
        assertRefused("receivables.payment.allocation_not_found", () -> context.payments().undoAllocation(alice,
                new UndoAllocation(payment.id(), newId(), FEB_20)));
    }

    @Test
    void badAllocationsAreRefusedAndAllocateNothing() {
        PartySnapshot dupont = customer("Dupont");
        PartySnapshot martin = customer("Martin");
        PartySnapshot acier = supplier("Acier");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10);
        InvoiceSnapshot other = invoice(dupont, "10.00", JAN_10);
        InvoiceSnapshot martins = invoice(martin, "10.00", JAN_10);
        InvoiceSnapshot bill = bill(acier, "10.00", JAN_10);
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("x", "1", "1.00", "STD")));
        PaymentSnapshot payment = received(dupont, "50.00", FEB_10);

        assertRefused("receivables.payment.over_allocated", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(other.id(), eur("12.00")), part(invoice.id(), eur("38.01")))));
        assertRefused("receivables.payment.allocation_exceeds_open", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(other.id(), eur("12.01")))));
        assertRefused("receivables.payment.document_mismatch", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(martins.id(), eur("1.00")))));
        assertRefused("receivables.payment.document_mismatch", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(bill.id(), eur("1.00")))));
        assertRefused("receivables.invoice.not_open", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(draft.id(), eur("1.00")))));
        assertRefused("receivables.payment.invalid_amount", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("0.00")))));
        assertRefused("receivables.payment.not_found", () -> context.payments().allocate(alice,
                AllocatePayment.of(PaymentId.of(newId()), FEB_10, part(invoice.id(), eur("1.00")))));

        assertThat(context.payments().payment(alice, payment.id())).isEqualTo(payment);
        assertThat(open(other)).isEqualTo(eur("12.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("144.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("50.00"));
    }

    @Test
    void allocationsUndosAndRefundsCannotPrecedeWhatTheyDependOn() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", FEB_10);
        PaymentSnapshot payment = received(dupont, "50.00", FEB_20);

        assertRefused("receivables.payment.invalid_date", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("10.00")))));
        PaymentSnapshot early = received(dupont, "50.00", JAN_10);
        assertRefused("receivables.payment.invalid_date", () -> context.payments().allocate(alice,
                AllocatePayment.of(early.id(), JAN_10, part(invoice.id(), eur("10.00")))));
        PaymentSnapshot allocated = context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), MAR_1, part(invoice.id(), eur("10.00"))));
        assertRefused("receivables.payment.invalid_date", () -> context.payments().undoAllocation(alice,
                new UndoAllocation(payment.id(), allocated.allocations().get(0).id(), FEB_20)));
        assertRefused("receivables.payment.invalid_date", () -> context.payments().refund(alice,
                RefundPayment.of(payment.id(), eur("5.00"), FEB_10)));
        assertThat(context.payments().payment(alice, payment.id())).isEqualTo(allocated);
        assertThat(balance(receivable).balance()).isEqualTo(eur("110.00"));
    }

    @Test
    void aCreditNoteLeftOpenIsPaidOutByAnOutgoingPayment() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10);
        PaymentSnapshot paid = received(dupont, "120.00", FEB_10);
        context.payments().allocate(alice, AllocatePayment.of(paid.id(), FEB_10, part(invoice.id(), eur("120.00"))));
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Returned", "1", "25.00", "STD")));
        InvoiceSnapshot note = context.invoicing().issue(alice, dev.backoffice.accounts.api.IssueInvoice.of(noteDraft.id(), FEB_20));
        assertThat(note.open()).isEqualTo(eur("30.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("-30.00"));

        PaymentSnapshot payout = context.payments().record(alice, RecordPayment.outgoing(dupont.id(), eur("30.00"), MAR_1));
        context.payments().allocate(alice, AllocatePayment.of(payout.id(), MAR_1, part(note.id(), eur("30.00"))));

        assertThat(status(note)).isEqualTo(InvoiceStatus.PAID);
        assertThat(balance(receivable).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(bank).balance()).isEqualTo(eur("90.00"));
        PaymentSnapshot incoming = received(dupont, "5.00", MAR_1);
        assertRefused("receivables.payment.document_mismatch", () -> context.payments().allocate(alice,
                AllocatePayment.of(incoming.id(), MAR_1, part(note.id(), eur("1.00")))));
    }

    @Test
    void badPaymentsAreRefusedAndRecordNothing() {
        PartySnapshot dupont = customer("Dupont");

        assertRefused("receivables.payment.currency_mismatch", () -> context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), Money.of("5.00", "USD"), FEB_10)));
        assertRefused("receivables.payment.invalid_amount", () -> context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), eur("-5.00"), FEB_10)));
        assertRefused("receivables.party.not_found", () -> context.payments().record(alice,
                RecordPayment.incoming(dev.backoffice.accounts.domain.PartyId.of(newId()), eur("5.00"), FEB_10)));
        assertRefused("validation.failed", () -> context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), eur("5.00"), null)));
        assertRefused("ledger.period.not_found", () -> context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), eur("5.00"), LocalDate.of(2025, 5, 1))));

        assertThat(context.payments().ofParty(alice, dupont.id())).isEmpty();
        assertThat(balance(bank).balance()).isEqualTo(eur("0.00"));
    }

    @Test
    void anOutgoingPaymentAboveTheThresholdWaitsForAnotherActorsApproval() {
        PartySnapshot acier = supplier("Acier");
        InvoiceSnapshot bill = bill(acier, "2000.00", JAN_10);

        PaymentSnapshot payment = context.payments().record(alice,
                RecordPayment.outgoing(acier.id(), eur("2400.00"), FEB_10));

        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_APPROVAL);
        assertThat(payment.receiptEntry()).isNull();
        assertThat(balance(bank).balance()).isEqualTo(eur("0.00"));
        assertRefused("receivables.payment.not_approved", () -> context.payments().allocate(alice,
                AllocatePayment.of(payment.id(), FEB_10, part(bill.id(), eur("2400.00")))));
        assertRefused("receivables.payment.self_approval",
                () -> context.payments().approve(alice, new ApprovePayment(payment.id())));
        assertThatThrownBy(() -> context((actor, permission) -> !permission.equals(ReceivablesPermissions.APPROVE_PAYMENT))
                .payments().approve(bob, new ApprovePayment(payment.id()))).isInstanceOf(AccessDeniedException.class);

        PaymentSnapshot approved = context.payments().approve(bob, new ApprovePayment(payment.id()));

        assertThat(approved.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(approved.approvedBy()).isEqualTo("bob");
        assertThat(balance(bank).balance()).isEqualTo(eur("-2400.00"));
        assertThat(balance(supplierAdvances).balance()).isEqualTo(eur("2400.00"));
        assertRefused("receivables.payment.not_awaiting_approval",
                () -> context.payments().approve(bob, new ApprovePayment(payment.id())));
        context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10, part(bill.id(), eur("2400.00"))));
        assertThat(status(bill)).isEqualTo(InvoiceStatus.PAID);
        assertThat(balance(payable).balance()).isEqualTo(eur("0.00"));
        assertThat(balance(supplierAdvances).balance()).isEqualTo(eur("0.00"));
    }

    @Test
    void anOutgoingPaymentUpToTheThresholdPostsAtOnce() {
        PaymentSnapshot payment = context.payments().record(alice,
                RecordPayment.outgoing(supplier("Acier").id(), eur("1000.00"), FEB_10));

        assertThat(payment.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(balance(bank).balance()).isEqualTo(eur("-1000.00"));
    }

    @Test
    void aRefundComesFromTheUnallocatedAmountThenFromTheLatestAllocations() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot first = invoice(dupont, "50.00", JAN_10);
        InvoiceSnapshot second = invoice(dupont, "50.00", JAN_10);
        PaymentSnapshot payment = received(dupont, "130.00", FEB_10);
        context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10,
                part(first.id(), eur("60.00")), part(second.id(), eur("60.00"))));

        PaymentSnapshot refunded = context.payments().refund(alice, RefundPayment.of(payment.id(), eur("35.00"), FEB_20));

        // 10.00 were unallocated; 25.00 more come off the allocation to the second invoice
        assertThat(refunded.refunded()).isEqualTo(eur("35.00"));
        assertThat(refunded.unallocated()).isEqualTo(eur("0.00"));
        assertThat(refunded.activeAllocations()).extracting(Allocation::invoice, Allocation::amount)
                .containsExactly(tuple(first.id(), eur("60.00")), tuple(second.id(), eur("35.00")));
        assertThat(open(second)).isEqualTo(eur("25.00"));
        assertThat(balance(bank).balance()).isEqualTo(eur("95.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("25.00"));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("0.00"));
        assertRefused("receivables.payment.refund_exceeds_payment", () -> context.payments().refund(alice,
                RefundPayment.of(payment.id(), eur("95.01"), FEB_20)));
        assertThat(context.payments().payment(alice, payment.id())).isEqualTo(refunded);
    }

    @Test
    void theSameIdempotencyKeyRecordsAPaymentOnce() {
        PartySnapshot dupont = customer("Dupont");
        RecordPayment command = RecordPayment.incoming(dupont.id(), eur("50.00"), FEB_10).withIdempotencyKey("wire-9");

        PaymentSnapshot first = context.payments().record(alice, command);

        assertThat(context.payments().record(alice, command)).isEqualTo(first);
        assertThat(balance(bank).balance()).isEqualTo(eur("50.00"));
        RefundPayment refund = new RefundPayment(first.id(), eur("5.00"), FEB_20, "refund-1");
        context.payments().refund(alice, refund);
        context.payments().refund(alice, refund);
        assertThat(context.payments().payment(alice, first.id()).refunded()).isEqualTo(eur("5.00"));
    }

    @Test
    void anotherTenantNeitherSeesNorUsesAPayment() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "10.00", JAN_10);
        PaymentSnapshot payment = received(dupont, "12.00", FEB_10);

        assertRefused("receivables.payment.not_found", () -> context.payments().payment(mallory, payment.id()));
        assertRefused("receivables.payment.not_found", () -> context.payments().allocate(mallory,
                AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("12.00")))));
        assertRefused("receivables.party.not_found", () -> context.payments().record(mallory,
                RecordPayment.incoming(dupont.id(), eur("1.00"), FEB_10)));
        assertThat(context.payments().ofParty(mallory, dupont.id())).isEmpty();
        ReceivablesContext readOnly = context((actor, permission) -> permission.equals(ReceivablesPermissions.READ));
        assertThatThrownBy(() -> readOnly.payments().record(alice, RecordPayment.incoming(dupont.id(), eur("1.00"), FEB_10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
