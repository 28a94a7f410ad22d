package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentTotalsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Map<String, BigDecimal> RATES = Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("5.5"), "ZERO", BigDecimal.ZERO);
    private static final Function<String, Optional<BigDecimal>> RATE = code -> Optional.ofNullable(RATES.get(code));

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static InvoiceLine line(int no, String qty, String price, String discount, String code) {
        return new InvoiceLine(no, "Item " + no, new BigDecimal(qty), eur(price),
                discount == null ? null : new BigDecimal(discount), code, null);
    }

    @Test
    void lineAmountIsQuantityTimesPriceLessDiscountRoundedHalfEven() {
        assertThat(line(1, "3", "9.99", null, "STD").amount()).isEqualTo(eur("29.97"));
        assertThat(line(1, "2", "10.00", "15", "STD").amount()).isEqualTo(eur("17.00"));
        assertThat(line(1, "0.5", "0.05", null, "STD").amount()).isEqualTo(eur("0.02")); // 0.025 -> 0.02
    }

    @Test
    void taxIsAddedOnNetPricesAndRoundedPerLine() {
        DocumentTotals totals = DocumentTotals.compute(List.of(line(1, "1", "0.05", null, "STD"),
                line(2, "1", "0.05", null, "STD"), line(3, "1", "10.00", null, "RED")), EUR, RATE, false,
                TaxRounding.PER_LINE);

        // 0.01 tax per 0.05 line (0.010), 0.55 on 10.00 at 5.5 %
        assertThat(totals.lines()).extracting(DocumentTotals.LineTotal::tax)
                .containsExactly(eur("0.01"), eur("0.01"), eur("0.55"));
        assertThat(totals.net()).isEqualTo(eur("10.10"));
        assertThat(totals.tax()).isEqualTo(eur("0.57"));
        assertThat(totals.gross()).isEqualTo(eur("10.67"));
        assertThat(totals.taxes()).extracting(DocumentTotals.TaxTotal::taxCode, DocumentTotals.TaxTotal::base,
                        DocumentTotals.TaxTotal::tax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STD", eur("0.10"), eur("0.02")),
                        org.assertj.core.groups.Tuple.tuple("RED", eur("10.00"), eur("0.55")));
    }

    @Test
    void perDocumentRoundingTaxesTheSumOfEachTaxCodeOnceAndSpreadsItOverTheLines() {
        List<InvoiceLine> lines = List.of(line(1, "1", "0.03", null, "STD"), line(2, "1", "0.03", null, "STD"),
                line(3, "1", "0.03", null, "STD"));

        DocumentTotals perLine = DocumentTotals.compute(lines, EUR, RATE, false, TaxRounding.PER_LINE);
        DocumentTotals perDocument = DocumentTotals.compute(lines, EUR, RATE, false, TaxRounding.PER_DOCUMENT);

        assertThat(perLine.tax()).isEqualTo(eur("0.03")); // 3 x round(0.006)
        assertThat(perDocument.tax()).isEqualTo(eur("0.02")); // round(0.018)
        assertThat(perDocument.lines()).extracting(DocumentTotals.LineTotal::tax)
                .containsExactly(eur("0.01"), eur("0.01"), eur("0.00"));
        assertThat(perDocument.gross()).isEqualTo(eur("0.11"));
    }

    @Test
    void taxIsExtractedFromGrossPricesAndNetPlusTaxIsGrossEverywhere() {
        List<InvoiceLine> lines = List.of(line(1, "1", "120.00", null, "STD"), line(2, "3", "3.33", null, "STD"),
                line(3, "1", "10.55", null, "RED"));
        for (TaxRounding rounding : TaxRounding.values()) {
            DocumentTotals totals = DocumentTotals.compute(lines, EUR, RATE, true, rounding);

            assertThat(totals.gross()).isEqualTo(eur("140.54"));
            assertThat(totals.net().plus(totals.tax())).isEqualTo(totals.gross());
            totals.lines().forEach(l -> assertThat(l.net().plus(l.tax())).isEqualTo(l.gross()));
            assertThat(totals.lines().get(0).tax()).isEqualTo(eur("20.00"));
            assertThat(totals.taxes().get(1).tax()).isEqualTo(eur("0.55")); // 10.55 x 5.5 / 105.5
        }
    }

    @Test
    void aZeroRateAndAFullDiscountGiveNoTax() {
        DocumentTotals totals = DocumentTotals.compute(List.of(line(1, "1", "50.00", null, "ZERO"),
                line(2, "1", "50.00", "100", "STD")), EUR, RATE, false, TaxRounding.PER_DOCUMENT);

        assertThat(totals.tax()).isEqualTo(eur("0.00"));
        assertThat(totals.gross()).isEqualTo(eur("50.00"));
    }

    @Test
    void refusesAnUnknownTaxCodeALineInAnotherCurrencyAndInvalidLines() {
        assertRefused("receivables.tax.unknown_code", () -> DocumentTotals.compute(
                List.of(line(1, "1", "1.00", null, "NOPE")), EUR, RATE, false, TaxRounding.PER_LINE));
        assertRefused("receivables.invoice.invalid_line", () -> DocumentTotals.compute(
                List.of(new InvoiceLine(1, "x", BigDecimal.ONE, Money.of("1.00", "USD"), null, "STD", null)), EUR,
                RATE, false, TaxRounding.PER_LINE));
        assertRefused("receivables.invoice.invalid_line", () -> line(1, "0", "1.00", null, "STD"));
        assertRefused("receivables.invoice.invalid_line", () -> line(1, "1", "-1.00", null, "STD"));
        assertRefused("receivables.invoice.invalid_line", () -> line(1, "1", "1.00", "100.01", "STD"));
        assertRefused("receivables.invoice.invalid_line", () -> line(1, "1", "1.00", "-1", "STD"));
    }
}
