package dev.backoffice.shipments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a shipment's history: what was done, from which state to which, by whom and when.
 *
 * @param transition what was done
 * @param from       the state before
 * @param to         the state after
 * @param actor      who did it
 * @param at         when
 * @param note       why, or null
 * @serial exclude
 */
public record ShipmentStep(ShipmentTransition transition, ShipmentStatus from, ShipmentStatus to, String actor,
                           Instant at, String note) implements Serializable {

    /**
     * Refuses missing parts (only the note is optional).
     *
     * @param transition what was done
     * @param from       the state before
     * @param to         the state after
     * @param actor      who did it
     * @param at         when
     * @param note       why, or null
     */
    public ShipmentStep {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
