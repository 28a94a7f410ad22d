package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PaymentId;
import jakarta.validation.constraints.NotNull;

/**
 * Approves an outgoing payment that waits for it, and posts it; never by its creator.
 *
 * @param payment the payment
 */
public record ApprovePayment(@NotNull PaymentId payment) {
}
