package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an invoice, bill, credit note or debit note within the whole library (UUIDv7, made by the
 * application).
 *
 * @param value the UUID
 * @serial exclude
 */
public record InvoiceId(UUID value) implements Serializable {

    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id with that value.
     *
     * @param value the UUID
     * @return the id
     */
    public static InvoiceId of(UUID value) {
        return new InvoiceId(value);
    }

    /**
     * Parses an id from its text form; an {@link IllegalArgumentException} when it is not a UUID.
     *
     * @param value the UUID text
     * @return the id
     */
    public static InvoiceId of(String value) {
        return new InvoiceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
