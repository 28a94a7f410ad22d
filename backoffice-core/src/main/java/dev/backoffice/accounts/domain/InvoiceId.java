package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice, bill, credit note or debit note within the whole library (UUIDv7, made by the application). */
public record InvoiceId(UUID value) implements Serializable {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId of(UUID value) {
        return new InvoiceId(value);
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
