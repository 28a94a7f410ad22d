package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** When a shipment was handed over at its destination, and who signed for it (null when nobody signed). */
public record DeliveryProof(Instant deliveredAt, String signatory) implements Serializable {

    public DeliveryProof {
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
