package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Part of a payment applied to a document, posted by {@code entry}; when undone, on
 * {@code undoneOn}, by the reversal {@code reversal} of that entry.
 *
 * @param id the id
 * @param invoice the invoice
 * @param amount the amount
 * @param date the date
 * @param entry the journal entry
 * @param undoneOn the date it was undone, or null while it counts
 * @param reversal the entry that reversed its posting, or null
 * @serial exclude
 */
public record Allocation(UUID id, InvoiceId invoice, Money amount, LocalDate date, JournalEntryId entry,
                         LocalDate undoneOn, JournalEntryId reversal) implements Serializable {

    /**
     * Requires every component but the undo date and reversal.
     *
     * @param id the id
     * @param invoice the invoice
     * @param amount the amount
     * @param date the date
     * @param entry the journal entry
     * @param undoneOn the date it was undone, or null while it counts
     * @param reversal the entry that reversed its posting, or null
     */
    public Allocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entry, "entry");
    }

    /** {@return whether the allocation is undone} */
    public boolean isUndone() {
        return undoneOn != null;
    }

    /**
     * Whether it counted on the date: made on or before it and not undone by then.
     *
     * @param day the date
     * @return true when the allocation counted at the end of that day
     */
    public boolean activeOn(LocalDate day) {
        return !date.isAfter(day) && (undoneOn == null || undoneOn.isAfter(day));
    }

    Allocation undo(LocalDate day, JournalEntryId reversalEntry) {
        return new Allocation(id, invoice, amount, date, entry, day, reversalEntry);
    }
}
