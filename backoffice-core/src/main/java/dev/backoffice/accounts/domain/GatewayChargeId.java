package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a gateway charge within the whole library (UUIDv7, made by the application).
 *
 * @param value the UUID
 * @serial exclude
 */
public record GatewayChargeId(UUID value) implements Serializable {

    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public GatewayChargeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id with that value.
     *
     * @param value the UUID
     * @return the id
     */
    public static GatewayChargeId of(UUID value) {
        return new GatewayChargeId(value);
    }

    /**
     * Parses an id from its text form; an {@link IllegalArgumentException} when it is not a UUID.
     *
     * @param value the UUID text
     * @return the id
     */
    public static GatewayChargeId of(String value) {
        return new GatewayChargeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
