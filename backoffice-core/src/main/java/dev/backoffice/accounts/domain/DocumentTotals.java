package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The amounts of a document: per line its net, tax and gross, per tax code its base and tax, and
 * the document's net, tax and gross. Net plus tax is gross on every line, every tax code and the
 * document, to the minor unit.
 *
 * @param net the net total, before tax
 * @param tax the tax
 * @param gross the gross total, tax included
 * @param lines the lines
 * @param taxes the taxes
 * @serial exclude
 */
public record DocumentTotals(Money net, Money tax, Money gross, List<LineTotal> lines, List<TaxTotal> taxes)
        implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Copies the lists of line and tax totals.
     *
     * @param net the net total, before tax
     * @param tax the tax
     * @param gross the gross total, tax included
     * @param lines the lines
     * @param taxes the taxes
     */
    public DocumentTotals {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /**
     * The amounts of one line.
     *
     * @param lineNo the line number, from 1
     * @param net the net total, before tax
     * @param tax the tax
     * @param gross the gross total, tax included
     * @serial exclude
     */
    public record LineTotal(int lineNo, Money net, Money tax, Money gross) implements Serializable {
    }

    /**
     * The tax of one tax code: its rate in percent, the net amount it applies to, and the tax.
     *
     * @param taxCode the tax code
     * @param ratePercent the rate in percent, 20 for 20 %
     * @param base the net amount the tax is computed on
     * @param tax the tax
     * @serial exclude
     */
    public record TaxTotal(String taxCode, BigDecimal ratePercent, Money base, Money tax) implements Serializable {
    }

    /**
     * Computes the totals of the lines.
     *
     * @param ratePercent      the rate of a tax code in percent (20 for 20 %), empty when unknown
     *                         ({@code receivables.tax.unknown_code})
     * @param pricesIncludeTax whether the line amounts include tax (gross) or not (net)
     * @param rounding         per line, or once per tax code on the document; the document's tax is
     *                         then spread over its lines by {@link Money#allocate}, losing no cent
     * @param lines    the lines of the document
     * @param currency the document's currency
     * @return the net, tax and gross totals, per line and per tax code
     */
    public static DocumentTotals compute(List<InvoiceLine> lines, Currency currency,
                                         Function<String, Optional<BigDecimal>> ratePercent,
                                         boolean pricesIncludeTax, TaxRounding rounding) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        Map<String, List<Integer>> linesByCode = new LinkedHashMap<>();
        Money[] amounts = new Money[lines.size()];
        Money[] taxes = new Money[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (!line.unitPrice().currency().equals(currency)) {
                throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_LINE, "Line " + line.lineNo()
                        + ": its price is in " + line.unitPrice().currency() + ", the document in " + currency + ".");
            }
            BigDecimal rate = rates.computeIfAbsent(line.taxCode(), code -> ratePercent.apply(code).orElseThrow(() ->
                    new RuleViolationException(ReceivablesError.TAX_UNKNOWN_CODE,
                            "Line " + line.lineNo() + ": no tax rate is known for the tax code '" + code + "'.")));
            amounts[i] = line.amount();
            linesByCode.computeIfAbsent(line.taxCode(), code -> new ArrayList<>()).add(i);
            if (rounding == TaxRounding.PER_LINE) {
                taxes[i] = taxOf(amounts[i], rate, pricesIncludeTax);
            }
        }
        List<TaxTotal> taxTotals = new ArrayList<>(rates.size());
        for (Map.Entry<String, List<Integer>> code : linesByCode.entrySet()) {
            BigDecimal rate = rates.get(code.getKey());
            List<Integer> indexes = code.getValue();
            Money sum = Money.zero(currency);
            for (int i : indexes) {
                sum = sum.plus(amounts[i]);
            }
            if (rounding == TaxRounding.PER_DOCUMENT) {
                Money codeTax = taxOf(sum, rate, pricesIncludeTax);
                spread(codeTax, indexes, amounts, taxes);
            }
            Money codeTax = Money.zero(currency);
            for (int i : indexes) {
                codeTax = codeTax.plus(taxes[i]);
            }
            taxTotals.add(new TaxTotal(code.getKey(), rate, pricesIncludeTax ? sum.minus(codeTax) : sum, codeTax));
        }
        List<LineTotal> lineTotals = new ArrayList<>(lines.size());
        Money net = Money.zero(currency);
        Money tax = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            Money lineNet = pricesIncludeTax ? amounts[i].minus(taxes[i]) : amounts[i];
            lineTotals.add(new LineTotal(lines.get(i).lineNo(), lineNet, taxes[i], lineNet.plus(taxes[i])));
            net = net.plus(lineNet);
            tax = tax.plus(taxes[i]);
        }
        return new DocumentTotals(net, tax, net.plus(tax), lineTotals, taxTotals);
    }

    /** The tax of an amount: {@code amount x rate / 100} net, {@code amount x rate / (100 + rate)} gross. */
    private static Money taxOf(Money amount, BigDecimal ratePercent, boolean inclusive) {
        BigDecimal divisor = inclusive ? HUNDRED.add(ratePercent) : HUNDRED;
        int scale = amount.currency().getDefaultFractionDigits();
        BigDecimal exact = amount.amount().multiply(ratePercent).divide(divisor, scale, RoundingMode.HALF_EVEN);
        return Money.of(exact, amount.currency());
    }

    /** Spreads a tax code's tax over its lines in proportion to their amounts, losing no minor unit. */
    private static void spread(Money codeTax, List<Integer> indexes, Money[] amounts, Money[] taxes) {
        long[] ratios = new long[indexes.size()];
        long total = 0;
        for (int k = 0; k < ratios.length; k++) {
            ratios[k] = amounts[indexes.get(k)].minorUnits();
            total += ratios[k];
        }
        if (total == 0) {
            for (int i : indexes) {
                taxes[i] = codeTax.minus(codeTax); // zero in the currency
            }
            return;
        }
        List<Money> parts = codeTax.allocate(ratios);
        for (int k = 0; k < ratios.length; k++) {
            taxes[indexes.get(k)] = parts.get(k);
        }
    }
}
