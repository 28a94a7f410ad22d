package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice, bill or note: a quantity at a unit price, less a discount in percent,
 * taxed under a tax code. Whether the unit price includes tax is the tax policy's setting.
 *
 * @param account the revenue (or expense) account of the line, or null for the configured default
 * @param lineNo the line number, from 1
 * @param description the description
 * @param quantity the quantity, above zero
 * @param unitPrice the price of one unit, before discount
 * @param discountPercent the discount in percent, or null for none
 * @param taxCode the tax code
 * @serial exclude
 */
public record InvoiceLine(int lineNo, String description, BigDecimal quantity, Money unitPrice,
                          BigDecimal discountPercent, String taxCode, AccountId account) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Requires description, quantity, unit price and tax code; a null discount is zero.
     *
     * @param lineNo the line number, from 1
     * @param description the description
     * @param quantity the quantity, above zero
     * @param unitPrice the price of one unit, before discount
     * @param discountPercent the discount in percent, or null for none
     * @param taxCode the tax code
     * @param account the account
     */
    public InvoiceLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxCode, "taxCode");
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (quantity.signum() <= 0) {
            throw invalid(lineNo, "the quantity must be above zero, not " + quantity.toPlainString());
        }
        if (unitPrice.isNegative()) {
            throw invalid(lineNo, "the unit price cannot be negative");
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            throw invalid(lineNo, "the discount must lie between 0 and 100 %, not " + discountPercent.toPlainString());
        }
    }

    private static RuleViolationException invalid(int lineNo, String why) {
        return new RuleViolationException(ReceivablesError.INVOICE_INVALID_LINE, "Line " + lineNo + ": " + why + ".");
    }

    /**
     * Quantity times unit price less the discount, rounded half-even to the minor unit.
     *
     * @return the net amount of the line
     */
    public Money amount() {
        BigDecimal factor = quantity.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED);
        return unitPrice.times(factor, Money.DEFAULT_ROUNDING);
    }
}
