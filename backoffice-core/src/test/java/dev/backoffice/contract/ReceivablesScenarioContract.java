package dev.backoffice.contract;

import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.GatewayChargeSnapshot;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.OpenItems;
import dev.backoffice.accounts.api.OpenItemsRequest;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundCharge;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.backoffice.accounts.api.AllocatePayment.part;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's story from invoice to credit note, in which the receivables subledger (open
 * documents, unallocated payments) and the ledger (receivable, customer credit, bank) agree after
 * every step.
 */
public abstract class ReceivablesScenarioContract extends ReceivablesUseCasesContract {

    private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private PartySnapshot dupont;

    /** What the subledger says the customer owes: open invoices less open credit notes. */
    private Money owed() {
        Money sum = eur("0.00");
        for (InvoiceSnapshot document : context.invoicing().ofParty(alice, dupont.id())) {
            sum = sum.plus(document.open().times(document.kind().sign()));
        }
        return sum;
    }

    /** What the subledger says the customer has paid and not yet allocated. */
    private Money credit() {
        Money sum = eur("0.00");
        for (PaymentSnapshot payment : context.payments().ofParty(alice, dupont.id())) {
            sum = sum.plus(payment.unallocated());
        }
        return sum;
    }

    private void ledgerAndSubledgerAgree(String owed, String credit, String bankBalance) {
        assertThat(owed()).as("open documents").isEqualTo(eur(owed));
        assertThat(balance(receivable).balance()).as("receivable account").isEqualTo(owed());
        assertThat(credit()).as("unallocated payments").isEqualTo(eur(credit));
        assertThat(balance(customerCredit).balance()).as("customer credit account").isEqualTo(credit());
        assertThat(balance(bank).balance()).as("bank account").isEqualTo(eur(bankBalance));
        assertThat(backOffice.financialReports().trialBalance(alice).isBalanced()).isTrue();
        OpenItems open = context.agingReports().openItems(alice, OpenItemsRequest.receivables(EUR, YEAR_END));
        assertThat(open.documentsTotal()).as("open items").isEqualTo(eur(owed));
        assertThat(open.paymentsTotal()).as("open credit").isEqualTo(eur(credit));
    }

    @Test
    void invoicePartialPaymentRefundCreditNote() {
        dupont = customer("Dupont");
        ledgerAndSubledgerAgree("0.00", "0.00", "0.00");

        // 1. an invoice of 2 x 50.00 + 20 % tax
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Chairs", "2", "50.00", "STD")));
        InvoiceSnapshot invoice = context.invoicing().issue(alice, IssueInvoice.of(draft.id(), JAN_10));
        assertThat(invoice.gross()).isEqualTo(eur("120.00"));
        ledgerAndSubledgerAgree("120.00", "0.00", "0.00");

        // 2. the customer pays 80.00 of it
        PaymentSnapshot payment = context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), eur("80.00"), FEB_10).withReference("WIRE-1"));
        ledgerAndSubledgerAgree("120.00", "80.00", "80.00");
        context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("80.00"))));
        assertThat(context.invoicing().invoice(alice, invoice.id()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        ledgerAndSubledgerAgree("40.00", "0.00", "80.00");

        // 3. one chair comes back damaged: 30.00 of the payment is refunded (its allocation shrinks to 50.00)
        PaymentSnapshot refunded = context.payments().refund(alice,
                RefundPayment.of(payment.id(), eur("30.00"), LocalDate.of(2026, 2, 15)));
        assertThat(refunded.activeAllocations()).singleElement()
                .satisfies(a -> assertThat(a.amount()).isEqualTo(eur("50.00")));
        ledgerAndSubledgerAgree("70.00", "0.00", "50.00");

        // 4. a credit note for the returned chair: 25.00 + tax, applied to the invoice
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Chair returned", "1", "25.00", "STD")));
        InvoiceSnapshot note = context.invoicing().issue(alice, IssueInvoice.of(noteDraft.id(), FEB_20));
        assertThat(note.status()).isEqualTo(InvoiceStatus.PAID);
        ledgerAndSubledgerAgree("40.00", "0.00", "50.00");

        // 5. the customer pays the rest, a little too much: the excess is credit
        PaymentSnapshot rest = context.payments().record(alice, RecordPayment.incoming(dupont.id(), eur("45.00"), MAR_1));
        context.payments().allocate(alice, AllocatePayment.of(rest.id(), MAR_1, part(invoice.id(), eur("40.00"))));
        assertThat(context.invoicing().invoice(alice, invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
        ledgerAndSubledgerAgree("0.00", "5.00", "95.00");
        assertThat(balance(revenue).balance()).isEqualTo(eur("75.00"));
        assertThat(balance(outputTax).balance()).isEqualTo(eur("15.00"));
    }

    @Test
    void invoicePartialCardPaymentGatewayRefundCreditNote() {
        dupont = customer("Dupont");
        InvoiceSnapshot invoice = context.invoicing().issue(alice, IssueInvoice.of(context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Chairs", "2", "50.00", "STD"))).id(), JAN_10));
        ledgerAndSubledgerAgree("120.00", "0.00", "0.00");

        // the customer pays 80.00 by card: authorized (held, not posted), then captured
        GatewayChargeSnapshot charge = context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(dupont.id(), eur("80.00"), invoice.id(), "pm_card", "auth-1"));
        assertThat(balance(gatewayClearing).pendingDebits()).isEqualTo(eur("80.00"));
        ledgerAndSubledgerAgree("120.00", "0.00", "0.00");
        context.gatewayPayments().capture(alice, new CaptureCharge(charge.id(), null, FEB_10, "capture-1"));
        ledgerAndSubledgerAgree("40.00", "0.00", "0.00");
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("80.00"));

        // 30.00 refunded to the card
        context.gatewayPayments().refund(alice, new RefundCharge(charge.id(), eur("30.00"), FEB_20, "refund-1"));
        ledgerAndSubledgerAgree("70.00", "0.00", "0.00");
        assertThat(balance(gatewayClearing).balance()).isEqualTo(eur("50.00"));

        // the credit note for the returned chair
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Chair returned", "1", "25.00", "STD")));
        context.invoicing().issue(alice, IssueInvoice.of(noteDraft.id(), FEB_20));
        ledgerAndSubledgerAgree("40.00", "0.00", "0.00");
        assertThat(context.invoicing().invoice(alice, invoice.id()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(published).extracting(dev.backoffice.common.DomainEvent::eventId).doesNotHaveDuplicates();
    }
}
