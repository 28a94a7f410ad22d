package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When a shipment was handed over at its destination, and who signed for it.
 *
 * @param deliveredAt when it was handed over
 * @param signatory   who signed for it, or null when nobody signed
 * @serial exclude
 */
public record DeliveryProof(Instant deliveredAt, String signatory) implements Serializable {

    /**
     * Refuses a missing time.
     *
     * @param deliveredAt when it was handed over
     * @param signatory   who signed for it, or null when nobody signed
     */
    public DeliveryProof {
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
