package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Captures an authorized charge, once: in full ({@code amount} null) or in part; the rest is released.
 *
 * @param date the accounting date of the posting and of the payment, or null for today
 * @param charge the gateway charge
 * @param amount the amount to capture, at most the authorized amount
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record CaptureCharge(@NotNull GatewayChargeId charge, Money amount, LocalDate date,
                            @NotBlank @Size(max = 128) String idempotencyKey) {
}
