package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of what is settled on a document: a payment allocation or a note applied (positive),
 * or an allocation undone (negative). The list of them gives the open amount on any date.
 *
 * @param source the allocation or the note that settled it
 * @param date the date
 * @param amount the amount
 * @serial exclude
 */
public record Settlement(UUID source, LocalDate date, Money amount) implements Serializable {

    /**
     * Requires every component.
     *
     * @param source where the rate comes from
     * @param date the date
     * @param amount the amount
     */
    public Settlement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
