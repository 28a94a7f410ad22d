package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import dev.backoffice.shipments.domain.ReturnShipmentStep;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;

import java.time.Instant;
import java.util.List;

/**
 * A return shipment as it stands, with its history (oldest step first).
 *
 * @param id             its id
 * @param shipment       the shipment whose goods come back
 * @param reason         the customer's reason, or null
 * @param lines          what comes back, in the items' base units
 * @param status         its state
 * @param trackingNumber the return label's tracking number, or null
 * @param label          the printable return label, or null
 * @param history        its steps
 * @param createdAt      when it was authorized
 * @param createdBy      who authorized it
 */
public record ReturnShipmentSnapshot(ReturnShipmentId id, ShipmentId shipment, String reason, List<ShipmentLine> lines,
                                     ReturnShipmentStatus status, String trackingNumber, String label,
                                     List<ReturnShipmentStep> history, Instant createdAt, String createdBy) {

    /**
     * Copies the lists.
     *
     * @param id             its id
     * @param shipment       the shipment whose goods come back
     * @param reason         the customer's reason, or null
     * @param lines          what comes back, in the items' base units
     * @param status         its state
     * @param trackingNumber the return label's tracking number, or null
     * @param label          the printable return label, or null
     * @param history        its steps
     * @param createdAt      when it was authorized
     * @param createdBy      who authorized it
     */
    public ReturnShipmentSnapshot {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /**
     * The snapshot of a return shipment.
     *
     * @param r the return shipment
     * @return its snapshot
     */
    public static ReturnShipmentSnapshot of(ReturnShipment r) {
        return new ReturnShipmentSnapshot(r.id(), r.shipment(), r.reason(), r.lines(), r.status(), r.trackingNumber(),
                r.label(), r.history(), r.createdAt(), r.createdBy());
    }
}
