package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One line of a document to draft.
 *
 * @param unitPrice       in the party's currency; net or gross of tax as the tax policy says
 * @param discountPercent 0 to 100, or null for none
 * @param taxCode         a code the tax policy knows ({@code receivables.tax.unknown_code} else)
 * @param account         the revenue or expense account of the line, or null for the configured one
 * @param description what it records
 * @param quantity the quantity, above zero
 */
public record InvoiceLineInput(@NotBlank @Size(max = 500) String description,
                               @NotNull @Positive BigDecimal quantity,
                               @NotNull Money unitPrice,
                               @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
                               @NotBlank @Size(max = 32) String taxCode,
                               AccountId account) {

    /**
     * A line without discount, on the configured account.
     *
     * @param description what is sold
     * @param quantity    the quantity as decimal text, for example {@code "2"}
     * @param unitPrice   the price of one unit, before tax
     * @param taxCode     the tax code, for example {@code VAT21}
     * @return the line
     */
    public static InvoiceLineInput of(String description, String quantity, Money unitPrice, String taxCode) {
        return new InvoiceLineInput(description, new BigDecimal(quantity), unitPrice, null, taxCode, null);
    }

    /**
     * The same line with a discount.
     *
     * @param percent the discount in percent as decimal text, for example {@code "10"}
     * @return the line
     */
    public InvoiceLineInput withDiscount(String percent) {
        return new InvoiceLineInput(description, quantity, unitPrice, new BigDecimal(percent), taxCode, account);
    }

    /**
     * The same line on a given revenue or expense account instead of the configured one.
     *
     * @param value the account
     * @return the line
     */
    public InvoiceLineInput onAccount(AccountId value) {
        return new InvoiceLineInput(description, quantity, unitPrice, discountPercent, taxCode, value);
    }
}
