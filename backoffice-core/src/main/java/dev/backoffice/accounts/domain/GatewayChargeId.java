package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a gateway charge within the whole library (UUIDv7, made by the application). */
public record GatewayChargeId(UUID value) implements Serializable {

    public GatewayChargeId {
        Objects.requireNonNull(value, "value");
    }

    public static GatewayChargeId of(UUID value) {
        return new GatewayChargeId(value);
    }

    public static GatewayChargeId of(String value) {
        return new GatewayChargeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
