package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Refunds part of a captured charge through the gateway, and refunds its payment (see
 * {@link RefundPayment}: unallocated first, then the latest allocations).
 *
 * @param date the accounting date of the refund, or null for today
 * @param charge the gateway charge
 * @param amount the amount to refund, at most what was captured and not yet refunded
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record RefundCharge(@NotNull GatewayChargeId charge, @NotNull Money amount, LocalDate date,
                           @NotBlank @Size(max = 128) String idempotencyKey) {
}
