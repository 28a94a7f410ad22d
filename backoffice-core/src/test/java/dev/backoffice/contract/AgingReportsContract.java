package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.AgingReport;
import dev.backoffice.accounts.api.AgingRequest;
import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.OpenItems;
import dev.backoffice.accounts.api.OpenItemsRequest;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PartyStatement;
import dev.backoffice.accounts.api.PartyStatementRequest;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.api.UndoAllocation;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.backoffice.accounts.api.AllocatePayment.part;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Aging, open items and statements through the api; open items always add up to the ledger's balances. */
public abstract class AgingReportsContract extends ReceivablesUseCasesContract {

    private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);

    private Money balanceOn(AccountSnapshot account, LocalDate day) {
        return backOffice.financialReports().balanceAsOf(alice, account.id(), day).balance();
    }

    private PaymentSnapshot received(PartySnapshot party, String amount, LocalDate date) {
        return context.payments().record(alice, RecordPayment.incoming(party.id(), eur(amount), date));
    }

    @Test
    void agingPutsWhatIsOpenInBucketsByDaysPastDueAndAddsUpToTheLedger() {
        PartySnapshot dupont = customer("Dupont");
        PartySnapshot martin = customer("Martin");
        invoice(dupont, "10.00", LocalDate.of(2026, 6, 15));   // due 07-15: current
        invoice(dupont, "20.00", LocalDate.of(2026, 5, 20));   // due 06-19: 11 days
        invoice(martin, "30.00", LocalDate.of(2026, 4, 10));   // due 05-10: 51 days
        InvoiceSnapshot d = invoice(martin, "40.00", LocalDate.of(2026, 3, 10)); // due 04-09: 82 days
        invoice(martin, "50.00", JAN_10);                      // due 02-09: 141 days
        PaymentSnapshot payment = received(martin, "58.00", LocalDate.of(2026, 6, 1));
        context.payments().allocate(alice, AllocatePayment.of(payment.id(), LocalDate.of(2026, 6, 1),
                part(d.id(), eur("28.00"))));

        AgingReport aging = context.agingReports().aging(alice, AgingRequest.receivables(EUR, JUN_30));

        assertThat(aging.rows()).extracting(AgingReport.Row::name, AgingReport.Row::current, AgingReport.Row::days1To30,
                        AgingReport.Row::days31To60, AgingReport.Row::days61To90, AgingReport.Row::over90,
                        AgingReport.Row::total, AgingReport.Row::unallocated)
                .containsExactly(
                        tuple("Dupont", eur("12.00"), eur("24.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("36.00"), eur("0.00")),
                        tuple("Martin", eur("0.00"), eur("0.00"), eur("36.00"), eur("20.00"), eur("60.00"), eur("116.00"), eur("30.00")));
        assertThat(aging.total().total()).isEqualTo(eur("152.00")).isEqualTo(balanceOn(receivable, JUN_30));
        assertThat(aging.total().unallocated()).isEqualTo(eur("30.00")).isEqualTo(balanceOn(customerCredit, JUN_30));
    }

    @Test
    void openItemsAsOfAnyDayEqualTheLedgerBalancesOfThatDay() {
        PartySnapshot dupont = customer("Dupont");
        PartySnapshot acier = supplier("Acier");
        InvoiceSnapshot first = invoice(dupont, "100.00", JAN_10);
        InvoiceSnapshot second = invoice(dupont, "50.00", FEB_10);
        PaymentSnapshot payment = received(dupont, "150.00", LocalDate.of(2026, 2, 15));
        PaymentSnapshot allocated = context.payments().allocate(alice, AllocatePayment.of(payment.id(),
                LocalDate.of(2026, 2, 20), part(first.id(), eur("120.00")), part(second.id(), eur("20.00"))));
        context.payments().undoAllocation(alice,
                new UndoAllocation(payment.id(), allocated.allocations().get(1).id(), LocalDate.of(2026, 3, 5)));
        context.payments().refund(alice, RefundPayment.of(payment.id(), eur("25.00"), LocalDate.of(2026, 3, 10)));
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(second.id(), line("Discount", "1", "10.00", "STD")));
        context.invoicing().issue(alice, IssueInvoice.of(noteDraft.id(), LocalDate.of(2026, 3, 15)));
        InvoiceSnapshot bill = bill(acier, "200.00", JAN_10);
        PaymentSnapshot paid = context.payments().record(alice,
                RecordPayment.outgoing(acier.id(), eur("300.00"), LocalDate.of(2026, 2, 1)));
        context.payments().allocate(alice, AllocatePayment.of(paid.id(), LocalDate.of(2026, 2, 1),
                part(bill.id(), eur("200.00"))));

        for (LocalDate day = LocalDate.of(2026, 1, 1); !day.isAfter(LocalDate.of(2026, 3, 31)); day = day.plusDays(1)) {
            OpenItems receivables = context.agingReports().openItems(alice, OpenItemsRequest.receivables(EUR, day));
            OpenItems payables = context.agingReports().openItems(alice, OpenItemsRequest.payables(EUR, day));
            assertThat(receivables.documentsTotal()).as("receivable on %s", day).isEqualTo(balanceOn(receivable, day));
            assertThat(receivables.paymentsTotal()).as("customer credit on %s", day).isEqualTo(balanceOn(customerCredit, day));
            assertThat(payables.documentsTotal()).as("payable on %s", day).isEqualTo(balanceOn(payable, day));
            assertThat(payables.paymentsTotal()).as("supplier advances on %s", day).isEqualTo(balanceOn(supplierAdvances, day));
        }
        OpenItems end = context.agingReports().openItems(alice, OpenItemsRequest.receivables(EUR, MAR_1.plusDays(30)));
        assertThat(end.documents()).extracting(OpenItems.Document::number, OpenItems.Document::open)
                .containsExactly(tuple("INV-2026-000002", eur("48.00")));
        assertThat(end.payments()).extracting(OpenItems.Payment::unallocated).containsExactly(eur("5.00"));
        assertThat(context.agingReports().openItems(alice, OpenItemsRequest.payables(EUR, JAN_10)).documents())
                .extracting(OpenItems.Document::open).containsExactly(eur("240.00"));
    }

    @Test
    void aStatementShowsEveryMovementWithRunningBalancesFromTheOpeningBalance() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10);
        PaymentSnapshot payment = context.payments().record(alice,
                RecordPayment.incoming(dupont.id(), eur("80.00"), FEB_10).withReference("WIRE-1"));
        context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10, part(invoice.id(), eur("80.00"))));
        context.payments().refund(alice, RefundPayment.of(payment.id(), eur("30.00"), LocalDate.of(2026, 2, 15)));
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Returned", "1", "25.00", "STD")));
        context.invoicing().issue(alice, IssueInvoice.of(noteDraft.id(), LocalDate.of(2026, 2, 20)));

        PartyStatement statement = context.agingReports().statement(alice,
                new PartyStatementRequest(dupont.id(), FEB_10, LocalDate.of(2026, 2, 28)));

        assertThat(statement.openingBalance()).isEqualTo(eur("120.00"));
        assertThat(statement.lines()).extracting(PartyStatement.Line::type, PartyStatement.Line::amount,
                        PartyStatement.Line::balance)
                .containsExactly(tuple(PartyStatement.LineType.PAYMENT, eur("-80.00"), eur("40.00")),
                        tuple(PartyStatement.LineType.REFUND, eur("30.00"), eur("70.00")),
                        tuple(PartyStatement.LineType.CREDIT_NOTE, eur("-30.00"), eur("40.00")));
        assertThat(statement.lines().get(0).reference()).isEqualTo("WIRE-1");
        OpenItems open = context.agingReports().openItems(alice,
                new OpenItemsRequest(dupont.role(), EUR, LocalDate.of(2026, 2, 28), dupont.id()));
        assertThat(statement.closingBalance()).isEqualTo(open.documentsTotal().minus(open.paymentsTotal()));
    }

    @Test
    void payablesAgeTooWithDebitNotesNegative() {
        PartySnapshot acier = supplier("Acier");
        InvoiceSnapshot bill = bill(acier, "100.00", JAN_10); // 60 days: due 03-11, 111 days late on 06-30
        InvoiceSnapshot noteDraft = context.invoicing().draft(alice,
                DraftInvoice.debitNote(bill.id(), line("Damaged", "1", "10.00", "STD")));
        context.invoicing().issue(alice, IssueInvoice.of(noteDraft.id(), FEB_10));

        AgingReport aging = context.agingReports().aging(alice, AgingRequest.payables(EUR, JUN_30));

        assertThat(aging.rows()).singleElement().satisfies(row -> {
            assertThat(row.over90()).isEqualTo(eur("108.00")); // 120.00 less the note of 12.00
            assertThat(row.total()).isEqualTo(eur("108.00"));
        });
        assertThat(aging.total().total()).isEqualTo(balanceOn(payable, JUN_30));
    }

    @Test
    void reportsAreRefusedForBadRequestsAndSeeOnlyTheTenant() {
        PartySnapshot dupont = customer("Dupont");
        invoice(dupont, "10.00", JAN_10);

        assertRefused("receivables.report.invalid_period", () -> context.agingReports().statement(alice,
                new PartyStatementRequest(dupont.id(), FEB_10, JAN_10)));
        assertRefused("receivables.party.not_found", () -> context.agingReports().statement(alice,
                new PartyStatementRequest(PartyId.of(newId()), JAN_10, FEB_10)));
        assertRefused("receivables.party.not_found", () -> context.agingReports().statement(mallory,
                new PartyStatementRequest(dupont.id(), JAN_10, FEB_10)));
        assertRefused("validation.failed", () -> context.agingReports().aging(alice, AgingRequest.receivables(EUR, null)));
        assertThat(context.agingReports().aging(mallory, AgingRequest.receivables(EUR, FEB_10)).rows()).isEmpty();
        assertThat(context.agingReports().openItems(mallory, OpenItemsRequest.receivables(EUR, FEB_10)).documents())
                .isEmpty();
        assertThat(context.agingReports().aging(alice, AgingRequest.receivables(EUR, FEB_10)).rows()).hasSize(1);
        assertThat(List.of(context.agingReports().aging(alice, AgingRequest.receivables(USD, FEB_10)).total().total()))
                .containsExactly(Money.zero(USD));
    }
}
