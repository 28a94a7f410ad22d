package dev.backoffice.contract;

import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.ReviseInvoice;
import dev.backoffice.accounts.application.ReceivablesContext;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceIssued;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Invoices, bills and notes through the api, posting through the ledger of the same back office. */
public abstract class InvoicingContract extends ReceivablesUseCasesContract {

    private List<org.assertj.core.groups.Tuple> lines(JournalEntrySnapshot entry) {
        return entry.lines().stream().map(l -> tuple(l.account(), l.side(), l.amount())).toList();
    }

    @Test
    void issuingNumbersTheDraftDatesItAndPostsOneBalancedEntry() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot draft = context.invoicing().draft(alice, DraftInvoice.customerInvoice(dupont.id(),
                line("Consulting", "2", "50.00", "STD"), line("Book", "1", "10.00", "RED")));
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.gross()).isEqualTo(eur("130.55"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("0.00"));

        InvoiceSnapshot issued = context.invoicing().issue(alice, IssueInvoice.of(draft.id(), JAN_10));

        assertThat(issued.number()).isEqualTo("INV-2026-000001");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.issueDate()).isEqualTo(JAN_10);
        assertThat(issued.dueDate()).isEqualTo(JAN_10.plusDays(30));
        assertThat(issued.open()).isEqualTo(eur("130.55"));
        JournalEntrySnapshot entry = entry(issued.journalEntry());
        assertThat(entry.accountingDate()).isEqualTo(JAN_10);
        assertThat(entry.sourceReference()).isEqualTo("INV-2026-000001");
        assertThat(lines(entry)).containsExactly(tuple(receivable.id(), Side.DEBIT, eur("130.55")),
                tuple(revenue.id(), Side.CREDIT, eur("110.00")), tuple(outputTax.id(), Side.CREDIT, eur("20.55")));
        assertThat(balance(receivable).balance()).isEqualTo(eur("130.55"));
        assertThat(balance(revenue).balance()).isEqualTo(eur("110.00"));
        assertThat(published).filteredOn(InvoiceIssued.class::isInstance).hasSize(1);
        assertThat(audit(issued.id().value())).extracting(r -> r.action())
                .containsExactly(ReceivablesPermissions.DRAFT_INVOICE, ReceivablesPermissions.ISSUE_INVOICE);
        assertThat(context.invoicing().invoice(alice, issued.id())).isEqualTo(issued);
    }

    @Test
    void aSupplierBillPostsExpensesPerAccountInputTaxAndThePayable() {
        PartySnapshot acier = supplier("Acier");
        var rent = open("6100", "Rent", dev.backoffice.accounts.domain.AccountType.EXPENSE);
        InvoiceSnapshot draft = context.invoicing().draft(alice, DraftInvoice.supplierBill(acier.id(), "AC-77",
                line("Steel", "10", "8.00", "STD"), line("Rent", "1", "500.00", "ZERO").onAccount(rent.id())));

        InvoiceSnapshot bill = context.invoicing().issue(alice, IssueInvoice.of(draft.id(), FEB_10));

        assertThat(bill.number()).isEqualTo("BILL-2026-000001");
        assertThat(bill.reference()).isEqualTo("AC-77");
        assertThat(bill.dueDate()).isEqualTo(FEB_10.plusDays(60));
        assertThat(lines(entry(bill.journalEntry()))).containsExactly(tuple(payable.id(), Side.CREDIT, eur("596.00")),
                tuple(expense.id(), Side.DEBIT, eur("80.00")), tuple(rent.id(), Side.DEBIT, eur("500.00")),
                tuple(inputTax.id(), Side.DEBIT, eur("16.00")));
        assertThat(balance(payable).balance()).isEqualTo(eur("596.00"));
    }

    @Test
    void numbersAreGaplessPerKindAndYearEvenWhenTheLedgerRefusesAnIssue() {
        PartySnapshot dupont = customer("Dupont");
        invoice(dupont, "10.00", JAN_10);
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "20.00", "STD")));

        // no fiscal year 2025: the ledger refuses, and the issue leaves nothing behind
        assertRefused("ledger.period.not_found",
                () -> context.invoicing().issue(alice, IssueInvoice.of(draft.id(), LocalDate.of(2025, 12, 31))));
        assertThat(context.invoicing().invoice(alice, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(balance(receivable).balance()).isEqualTo(eur("12.00"));
        assertThat(receivables().documentNumbers().last(tenant, InvoiceKind.CUSTOMER_INVOICE, 2025)).isZero();

        assertThat(context.invoicing().issue(alice, IssueInvoice.of(draft.id(), FEB_10)).number())
                .isEqualTo("INV-2026-000002");
        assertThat(bill(supplier("Acier"), "5.00", FEB_10).number()).isEqualTo("BILL-2026-000001");
    }

    @Test
    void anIssuedDocumentIsNeverEdited() {
        InvoiceSnapshot issued = invoice(customer("Dupont"), "10.00", JAN_10);

        assertRefused("receivables.invoice.not_draft", () -> context.invoicing().revise(alice,
                new ReviseInvoice(issued.id(), List.of(line("Other", "1", "1.00", "STD")), null)));
        assertRefused("receivables.invoice.not_draft",
                () -> context.invoicing().issue(alice, IssueInvoice.of(issued.id(), FEB_10)));
        assertThat(context.invoicing().invoice(alice, issued.id())).isEqualTo(issued);
    }

    @Test
    void aDraftIsRevisedBeforeItIsIssued() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "20.00", "STD")));

        InvoiceSnapshot revised = context.invoicing().revise(alice,
                new ReviseInvoice(draft.id(), List.of(line("Goods", "3", "20.00", "STD").withDiscount("10")), "PO-1"));

        assertThat(revised.gross()).isEqualTo(eur("64.80"));
        assertThat(context.invoicing().issue(alice, IssueInvoice.of(draft.id(), JAN_10)).open()).isEqualTo(eur("64.80"));
    }

    @Test
    void aCreditNoteLinksToTheInvoiceReversesItsPostingInPartAndSettlesIt() {
        InvoiceSnapshot invoice = invoice(customer("Dupont"), "100.00", JAN_10);
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Returned goods", "1", "50.00", "STD")));

        InvoiceSnapshot note = context.invoicing().issue(alice, IssueInvoice.of(draft.id(), FEB_10));

        assertThat(note.number()).isEqualTo("CN-2026-000001");
        assertThat(note.correctionOf()).isEqualTo(invoice.id());
        assertThat(note.party()).isEqualTo(invoice.party());
        assertThat(note.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(lines(entry(note.journalEntry()))).containsExactly(tuple(receivable.id(), Side.CREDIT, eur("60.00")),
                tuple(revenue.id(), Side.DEBIT, eur("50.00")), tuple(outputTax.id(), Side.DEBIT, eur("10.00")));
        InvoiceSnapshot corrected = context.invoicing().invoice(alice, invoice.id());
        assertThat(corrected.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(corrected.open()).isEqualTo(eur("60.00"));
        assertThat(corrected.credited()).isEqualTo(eur("60.00"));
        assertThat(balance(receivable).balance()).isEqualTo(eur("60.00"));
    }

    @Test
    void notesNeverCorrectMoreThanTheDocumentAndARefusedNoteChangesNothing() {
        InvoiceSnapshot invoice = invoice(customer("Dupont"), "100.00", JAN_10);
        InvoiceSnapshot tooMuch = context.invoicing().draft(alice,
                DraftInvoice.creditNote(invoice.id(), line("Everything and more", "1", "100.01", "STD")));

        assertRefused("receivables.invoice.correction_exceeds_original",
                () -> context.invoicing().issue(alice, IssueInvoice.of(tooMuch.id(), FEB_10)));

        assertThat(context.invoicing().invoice(alice, invoice.id())).isEqualTo(invoice);
        assertThat(context.invoicing().invoice(alice, tooMuch.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(balance(receivable).balance()).isEqualTo(eur("120.00"));
        assertThat(receivables().documentNumbers().last(tenant, InvoiceKind.CUSTOMER_CREDIT_NOTE, 2026)).isZero();
    }

    @Test
    void aDebitNoteCorrectsASupplierBill() {
        InvoiceSnapshot bill = bill(supplier("Acier"), "100.00", JAN_10);
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.debitNote(bill.id(), line("Damaged", "1", "25.00", "STD")));

        InvoiceSnapshot note = context.invoicing().issue(alice, IssueInvoice.of(draft.id(), FEB_10));

        assertThat(note.number()).isEqualTo("DN-2026-000001");
        assertThat(lines(entry(note.journalEntry()))).containsExactly(tuple(payable.id(), Side.DEBIT, eur("30.00")),
                tuple(expense.id(), Side.CREDIT, eur("25.00")), tuple(inputTax.id(), Side.CREDIT, eur("5.00")));
        assertThat(context.invoicing().invoice(alice, bill.id()).open()).isEqualTo(eur("90.00"));
        assertThat(balance(payable).balance()).isEqualTo(eur("90.00"));
    }

    @Test
    void badDraftsAreRefusedWithStableCodesAndStoreNothing() {
        PartySnapshot dupont = customer("Dupont");
        PartySnapshot acier = supplier("Acier");
        InvoiceSnapshot draftInvoice = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "1.00", "STD")));
        InvoiceSnapshot issued = invoice(dupont, "10.00", JAN_10);

        assertRefused("receivables.party.role_mismatch", () -> context.invoicing().draft(alice,
                DraftInvoice.supplierBill(dupont.id(), null, line("x", "1", "1.00", "STD"))));
        assertRefused("receivables.party.not_found", () -> context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(PartyId.of(newId()), line("x", "1", "1.00", "STD"))));
        assertRefused("receivables.tax.unknown_code", () -> context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("x", "1", "1.00", "NOPE"))));
        assertRefused("validation.failed", () -> context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("x", "1", "1.00", "STD").withDiscount("100.5"))));
        assertRefused("receivables.invoice.invalid_line", () -> context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), dev.backoffice.accounts.api.InvoiceLineInput.of("x", "1",
                        dev.backoffice.common.Money.of("1.00", "USD"), "STD"))));
        assertRefused("validation.failed", () -> context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line(" ", "-1", "1.00", "STD"))));
        assertRefused("validation.failed", () -> context.invoicing().draft(alice,
                new DraftInvoice(InvoiceKind.CUSTOMER_INVOICE, null, null, List.of(line("x", "1", "1.00", "STD")), null, null)));
        assertRefused("receivables.invoice.invalid_correction", () -> context.invoicing().draft(alice,
                DraftInvoice.creditNote(draftInvoice.id(), line("x", "1", "1.00", "STD"))));
        assertRefused("receivables.invoice.invalid_correction", () -> context.invoicing().draft(alice,
                DraftInvoice.debitNote(issued.id(), line("x", "1", "1.00", "STD"))));
        assertRefused("receivables.invoice.invalid_correction", () -> context.invoicing().draft(alice,
                new DraftInvoice(InvoiceKind.CUSTOMER_CREDIT_NOTE, acier.id(), issued.id(),
                        List.of(line("x", "1", "1.00", "STD")), null, null)));
        assertRefused("receivables.invoice.not_found", () -> context.invoicing().draft(alice,
                DraftInvoice.creditNote(InvoiceId.of(newId()), line("x", "1", "1.00", "STD"))));
        // a note corrects an invoice or a bill, never another note (found by the receivables model property)
        InvoiceSnapshot note = context.invoicing().issue(alice, IssueInvoice.of(context.invoicing().draft(alice,
                DraftInvoice.creditNote(issued.id(), line("Refund", "1", "1.00", "STD"))).id(), JAN_10));
        assertRefused("receivables.invoice.invalid_correction", () -> context.invoicing().draft(alice,
                DraftInvoice.creditNote(note.id(), line("x", "1", "0.10", "STD"))));
        assertRefused("receivables.invoice.invalid_correction", () -> context.invoicing().draft(alice,
                DraftInvoice.debitNote(note.id(), line("x", "1", "0.10", "STD"))));
        assertThat(context.invoicing().ofParty(alice, dupont.id())).hasSize(3);
        assertThat(context.invoicing().ofParty(alice, acier.id())).isEmpty();
    }

    @Test
    void issuingIsRefusedWithoutConfigurationOrTotal() {
        PartySnapshot yankee = context.parties().register(alice, RegisterParty.customer("Yankee", 30, USD));
        InvoiceSnapshot usd = context.invoicing().draft(alice, DraftInvoice.customerInvoice(yankee.id(),
                dev.backoffice.accounts.api.InvoiceLineInput.of("x", "1", dev.backoffice.common.Money.of("5.00", "USD"), "STD")));
        InvoiceSnapshot free = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(customer("Dupont").id(), line("Gift", "1", "0.00", "STD")));

        assertRefused("receivables.configuration.missing",
                () -> context.invoicing().issue(alice, IssueInvoice.of(usd.id(), JAN_10)));
        assertRefused("receivables.invoice.zero_total",
                () -> context.invoicing().issue(alice, IssueInvoice.of(free.id(), JAN_10)));
        assertRefused("receivables.invoice.not_found",
                () -> context.invoicing().issue(alice, IssueInvoice.of(InvoiceId.of(newId()), JAN_10)));
        assertThat(context.invoicing().invoice(alice, usd.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void anotherTenantNeitherSeesNorIssuesADocument() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "1.00", "STD")));

        assertRefused("receivables.invoice.not_found", () -> context.invoicing().invoice(mallory, draft.id()));
        assertRefused("receivables.invoice.not_found",
                () -> context.invoicing().issue(mallory, IssueInvoice.of(draft.id(), JAN_10)));
        assertRefused("receivables.party.not_found", () -> context.invoicing().draft(mallory,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "1.00", "STD"))));
        assertThat(context.invoicing().ofParty(mallory, dupont.id())).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstDraft() {
        PartySnapshot dupont = customer("Dupont");
        DraftInvoice command = DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "1.00", "STD"))
                .withIdempotencyKey("order-17");

        InvoiceSnapshot first = context.invoicing().draft(alice, command);

        assertThat(context.invoicing().draft(alice, command)).isEqualTo(first);
        assertThat(context.invoicing().ofParty(alice, dupont.id())).hasSize(1);
    }

    @Test
    void issuingNeedsItsPermissionAndTheLedgersPermissionToPost() {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot draft = context.invoicing().draft(alice,
                DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "1.00", "STD")));
        ReceivablesContext clerk = context((actor, permission) -> !permission.equals(ReceivablesPermissions.ISSUE_INVOICE));

        assertThatThrownBy(() -> clerk.invoicing().issue(alice, IssueInvoice.of(draft.id(), JAN_10)))
                .isInstanceOf(AccessDeniedException.class);
        backOffice = dev.backoffice.BackOffice.builder(adapters())
                .accessPolicy((actor, permission) -> !permission.equals(LedgerPermissions.POST_ENTRY)).build();
        ReceivablesContext withoutPosting = context(dev.backoffice.common.spi.AccessPolicy.allowAll());
        assertThatThrownBy(() -> withoutPosting.invoicing().issue(alice, IssueInvoice.of(draft.id(), JAN_10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(context.invoicing().invoice(alice, draft.id()).status()).isEqualTo(InvoiceStatus.DRAFT);
    }
}
