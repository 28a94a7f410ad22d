package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the lines and reference of a draft ({@code receivables.invoice.not_draft} once issued).
 *
 * @param invoice the document
 * @param lines its lines
 * @param reference optional outside reference, or null
 */
public record ReviseInvoice(@NotNull InvoiceId invoice,
                            @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid InvoiceLineInput> lines,
                            @Size(max = 128) String reference) {

    /**
     * Copies the lines into an unmodifiable list.
     *
     * @param invoice   the draft
     * @param lines     the new lines
     * @param reference the new reference, or null
     */
    public ReviseInvoice {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }
}
