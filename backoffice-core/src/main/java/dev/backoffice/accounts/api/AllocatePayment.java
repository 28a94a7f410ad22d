package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Allocates parts of a payment to open documents of its party, each with its own journal entry
 * (party advances against receivable or payable), all or nothing.
 *
 * @param date the date of the allocations and their entries, or null for today
 * @param payment the payment
 * @param parts the documents and amounts
 */
public record AllocatePayment(@NotNull PaymentId payment,
                              @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Part> parts,
                              LocalDate date) {

    /**
     * Copies the parts into an unmodifiable list.
     *
     * @param payment        the payment to allocate
     * @param parts          the documents and amounts
     * @param date           the allocation date, or null for today
     */
    public AllocatePayment {
        parts = parts == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(parts));
    }

    /**
     * An amount to allocate to a document.
     *
     * @param invoice the document
     * @param amount the amount settled, above zero, in the payment's currency
     */
    public record Part(@NotNull InvoiceId invoice, @NotNull Money amount) {
    }

    /**
     * One part of an allocation.
     *
     * @param invoice the document
     * @param amount  the amount settled, in the payment's currency
     * @return the part
     */
    public static Part part(InvoiceId invoice, Money amount) {
        return new Part(invoice, amount);
    }

    /**
     * An allocation without idempotency key.
     *
     * @param payment the payment
     * @param date    the allocation date
     * @param parts   one or more documents and amounts
     * @return the command
     */
    public static AllocatePayment of(PaymentId payment, LocalDate date, Part... parts) {
        return new AllocatePayment(payment, Arrays.asList(parts), date);
    }
}
