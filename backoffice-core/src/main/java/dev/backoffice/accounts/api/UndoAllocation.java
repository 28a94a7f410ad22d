package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PaymentId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Undoes an allocation: reverses its journal entry on {@code date} (null for today); the amount is
 * open on the document again and unallocated on the payment.
 *
 * @param payment the payment
 * @param allocation the allocation
 * @param date the date
 */
public record UndoAllocation(@NotNull PaymentId payment, @NotNull UUID allocation, LocalDate date) {
}
