package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Authorizes a charge of a customer through the payment gateway.
 *
 * @param invoice        the invoice the capture is allocated to, or null to keep it as the customer's credit
 * @param paymentMethod  the gateway's token of the card or wallet
 * @param idempotencyKey required: passed to the gateway; the same key again returns the same charge
 * @param customer the customer
 * @param amount the amount to authorize, above zero, in the customer's currency
 */
public record AuthorizeCharge(@NotNull PartyId customer,
                              @NotNull Money amount,
                              InvoiceId invoice,
                              @NotBlank @Size(max = 256) String paymentMethod,
                              @NotBlank @Size(max = 128) String idempotencyKey) {
}
