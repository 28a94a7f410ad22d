package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Part of a payment given back, posted by {@code entry}.
 *
 * @param id the id
 * @param amount the amount
 * @param date the date
 * @param entry the journal entry
 * @serial exclude
 */
public record Refund(UUID id, Money amount, LocalDate date, JournalEntryId entry) implements Serializable {

    /**
     * Requires every component.
     *
     * @param id the id
     * @param amount the amount
     * @param date the date
     * @param entry the journal entry
     */
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entry, "entry");
    }
}
