package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Part of a payment applied to a document, posted by {@code entry}; when undone, on
 * {@code undoneOn}, by the reversal {@code reversal} of that entry.
 */
public record Allocation(UUID id, InvoiceId invoice, Money amount, LocalDate date, JournalEntryId entry,
                         LocalDate undoneOn, JournalEntryId reversal) implements Serializable {

    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entry, "entry");
    }

    public boolean isUndone() {
        return undoneOn != null;
    }

    /** Whether it counted on the date: made on or before it and not undone by then. */
    public boolean activeOn(LocalDate day) {
        return !date.isAfter(day) && (undoneOn == null || undoneOn.isAfter(day));
    }

    Allocation undo(LocalDate day, JournalEntryId reversalEntry) {
        return new Allocation(id, invoice, amount, date, entry, day, reversalEntry);
    }
}
