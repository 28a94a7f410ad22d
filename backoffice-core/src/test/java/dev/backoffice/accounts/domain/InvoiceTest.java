package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
    private final TenantId tenant = TenantId.of("acme");
    private final PartyId customer = PartyId.of(UUID.randomUUID());

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<InvoiceLine> lines(String price) {
        return List.of(new InvoiceLine(1, "Service", BigDecimal.ONE, eur(price), null, "STD", null));
    }

    private static DocumentTotals totals(List<InvoiceLine> lines) {
        return DocumentTotals.compute(lines, EUR, code -> Optional.of(new BigDecimal("20")), false, TaxRounding.PER_LINE);
    }

    private Invoice draft(InvoiceKind kind, InvoiceId correctionOf, String price) {
        List<InvoiceLine> lines = lines(price);
        return Invoice.draft(InvoiceId.of(UUID.randomUUID()), tenant, kind, customer, EUR, correctionOf, lines,
                totals(lines), null, "alice", NOW, UUID::randomUUID);
    }

    private Invoice issued(String price) {
        Invoice invoice = draft(InvoiceKind.CUSTOMER_INVOICE, null, price);
        invoice.issue("INV-2026-000001", MAR_1, MAR_1.plusDays(30), invoice.totals(),
                JournalEntryId.of(UUID.randomUUID()), "alice", NOW, UUID::randomUUID);
        invoice.pullEvents();
        return invoice;
    }

    @Test
    void aDraftHasNoNumberAndNothingOpenAndCanBeRevised() {
        Invoice invoice = draft(InvoiceKind.CUSTOMER_INVOICE, null, "100.00");

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.number()).isEmpty();
        assertThat(invoice.open()).isEqualTo(eur("0.00"));
        assertThat(invoice.pullEvents()).singleElement().isInstanceOf(InvoiceDrafted.class);
        invoice.revise(lines("50.00"), totals(lines("50.00")), "PO-7", NOW, UUID::randomUUID);
        assertThat(invoice.totals().gross()).isEqualTo(eur("60.00"));
        assertThat(invoice.reference()).contains("PO-7");
        assertThat(invoice.pullEvents()).singleElement().isInstanceOf(InvoiceRevised.class);
    }

    @Test
    void onlyANoteCorrectsAndANoteMustNameWhatItCorrects() {
        assertRefused("receivables.invoice.invalid_correction",
                () -> draft(InvoiceKind.CUSTOMER_CREDIT_NOTE, null, "10.00"));
        assertRefused("receivables.invoice.invalid_correction",
                () -> draft(InvoiceKind.CUSTOMER_INVOICE, InvoiceId.of(UUID.randomUUID()), "10.00"));
        assertRefused("receivables.invoice.invalid_line", () -> Invoice.draft(InvoiceId.of(UUID.randomUUID()), tenant,
                InvoiceKind.CUSTOMER_INVOICE, customer, EUR, null, List.of(), totals(lines("1.00")), null, "alice",
                NOW, UUID::randomUUID));
    }

    @Test
    void issuingFixesNumberDatesAndTotalsAndAnIssuedDocumentNeverChanges() {
        Invoice invoice = issued("100.00");

        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.number()).contains("INV-2026-000001");
        assertThat(invoice.open()).isEqualTo(eur("120.00"));
        assertRefused("receivables.invoice.not_draft", () -> invoice.revise(lines("1.00"), totals(lines("1.00")), null, NOW,
                UUID::randomUUID));
        assertRefused("receivables.invoice.not_draft", () -> invoice.requireIssuable(invoice.totals()));
    }

    @Test
    void aDocumentOfZeroCannotBeIssued() {
        Invoice invoice = draft(InvoiceKind.CUSTOMER_INVOICE, null, "0.00");
        assertRefused("receivables.invoice.zero_total", () -> invoice.requireIssuable(invoice.totals()));
    }

    @Test
    void settlementsMoveTheStatusAndTheOpenAmountOnEveryDate() {
        Invoice invoice = issued("100.00");
        UUID first = UUID.randomUUID();

        invoice.settle(first, MAR_1, eur("20.00"), NOW, UUID::randomUUID);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        invoice.settle(UUID.randomUUID(), MAR_10, eur("100.00"), NOW, UUID::randomUUID);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.open()).isEqualTo(eur("0.00"));
        assertRefused("receivables.invoice.not_open",
                () -> invoice.settle(UUID.randomUUID(), MAR_10, eur("0.01"), NOW, UUID::randomUUID));

        invoice.unsettle(first, MAR_10, eur("20.00"), NOW, UUID::randomUUID);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.open()).isEqualTo(eur("20.00"));
        assertThat(invoice.openOn(MAR_1.minusDays(1))).isEqualTo(eur("0.00"));
        assertThat(invoice.openOn(MAR_1)).isEqualTo(eur("100.00"));
        assertThat(invoice.openOn(MAR_10)).isEqualTo(eur("20.00"));
        assertThat(invoice.pullEvents()).hasSize(3).allMatch(e -> e instanceof InvoiceSettlementChanged);
    }

    @Test
    void cannotSettleMoreThanIsOpenNorADraft() {
        Invoice invoice = issued("100.00");
        assertRefused("receivables.payment.allocation_exceeds_open",
                () -> invoice.settle(UUID.randomUUID(), MAR_1, eur("120.01"), NOW, UUID::randomUUID));
        assertRefused("receivables.invoice.not_open", () -> draft(InvoiceKind.CUSTOMER_INVOICE, null, "1.00")
                .settle(UUID.randomUUID(), MAR_1, eur("1.00"), NOW, UUID::randomUUID));
        assertThat(invoice.open()).isEqualTo(eur("120.00"));
    }

    @Test
    void notesNeverCorrectMoreThanTheDocumentsGrossTotal() {
        Invoice invoice = issued("100.00");

        invoice.recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("100.00"));
        invoice.recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("20.00"));

        assertThat(invoice.credited()).isEqualTo(eur("120.00"));
        assertRefused("receivables.invoice.correction_exceeds_original",
                () -> invoice.recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("0.01")));
        assertRefused("receivables.invoice.invalid_correction",
                () -> invoice.recordCorrection(InvoiceKind.SUPPLIER_DEBIT_NOTE, eur("0.01")));
        assertRefused("receivables.invoice.invalid_correction", () -> draft(InvoiceKind.CUSTOMER_INVOICE, null, "1.00")
                .recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("0.01")));
        Invoice note = draft(InvoiceKind.CUSTOMER_CREDIT_NOTE, invoice.id(), "5.00");
        note.issue("CN-2026-000001", MAR_1, MAR_1.plusDays(30), note.totals(), JournalEntryId.of(UUID.randomUUID()),
                "alice", NOW, UUID::randomUUID);
        assertRefused("receivables.invoice.invalid_correction",
                () -> note.recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("0.01")));
    }

    @Test
    void kindsKnowTheirSidesDirectionsAndNumbers() {
        assertThat(InvoiceKind.CUSTOMER_INVOICE.number(2026, 42)).isEqualTo("INV-2026-000042");
        assertThat(InvoiceKind.SUPPLIER_DEBIT_NOTE.number(2027, 1)).isEqualTo("DN-2027-000001");
        assertThat(InvoiceKind.CUSTOMER_INVOICE.controlSide()).isEqualTo(Side.DEBIT);
        assertThat(InvoiceKind.SUPPLIER_BILL.controlSide()).isEqualTo(Side.CREDIT);
        assertThat(InvoiceKind.CUSTOMER_CREDIT_NOTE.settledBy()).isEqualTo(PaymentDirection.OUTGOING);
        assertThat(InvoiceKind.SUPPLIER_BILL.correctedBy()).contains(InvoiceKind.SUPPLIER_DEBIT_NOTE);
        assertThat(InvoiceKind.CUSTOMER_INVOICE.correctedBy()).contains(InvoiceKind.CUSTOMER_CREDIT_NOTE);
        assertThat(InvoiceKind.CUSTOMER_CREDIT_NOTE.correctedBy()).isEmpty();
        assertThat(InvoiceKind.SUPPLIER_DEBIT_NOTE.correctedBy()).isEmpty();
        assertThat(InvoiceKind.CUSTOMER_CREDIT_NOTE.sign()).isEqualTo(-1);
    }
}
