package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One step of a shipment's history: what was done, from which state to which, by whom and when. */
public record ShipmentStep(ShipmentTransition transition, ShipmentStatus from, ShipmentStatus to, String actor,
                           Instant at, String note) implements Serializable {

    public ShipmentStep {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
