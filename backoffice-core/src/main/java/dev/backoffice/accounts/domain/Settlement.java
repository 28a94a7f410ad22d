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
 */
public record Settlement(UUID source, LocalDate date, Money amount) implements Serializable {

    public Settlement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
