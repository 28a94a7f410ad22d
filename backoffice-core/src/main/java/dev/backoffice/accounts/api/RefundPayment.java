package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Gives back part of a payment (to a customer who paid, from a supplier who was paid). It comes
 * from the unallocated amount first; when that is not enough, the latest allocations are undone
 * (their entries reversed, a remainder allocated again) to free the rest.
 *
 * @param date           the date of the refund entry, or null for today
 * @param idempotencyKey optional: the same key again returns the payment and refunds nothing more
 * @param payment the payment
 * @param amount the amount given back, above zero, at most the unallocated part
 */
public record RefundPayment(@NotNull PaymentId payment,
                            @NotNull Money amount,
                            LocalDate date,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Refunds part of a payment, without idempotency key.
     *
     * @param payment the payment
     * @param amount  the amount to refund
     * @param date    the date
     * @return the command
     */
    public static RefundPayment of(PaymentId payment, Money amount, LocalDate date) {
        return new RefundPayment(payment, amount, date, null);
    }
}
