package dev.backoffice.shipments.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static dev.backoffice.shipments.domain.ReturnShipmentStatus.AUTHORIZED;
import static dev.backoffice.shipments.domain.ReturnShipmentStatus.CANCELLED;
import static dev.backoffice.shipments.domain.ReturnShipmentStatus.IN_TRANSIT;
import static dev.backoffice.shipments.domain.ReturnShipmentStatus.LABELLED;
import static dev.backoffice.shipments.domain.ReturnShipmentStatus.RECEIVED;

/**
 * The lifecycle of a return shipment held as data: for each step, the states it may start from and
 * the state it leads to. Every pair not in the table is refused.
 *
 * <pre>
 * LABEL    AUTHORIZED -> LABELLED                        (the carrier's return label kept)
 * DEPART   AUTHORIZED, LABELLED -> IN_TRANSIT
 * RECEIVE  AUTHORIZED, LABELLED, IN_TRANSIT -> RECEIVED  (goods received back into stock)
 * CANCEL   AUTHORIZED, LABELLED -> CANCELLED
 * </pre>
 */
public final class ReturnShipmentLifecycle {

    private static final Map<ReturnShipmentTransition, Map<ReturnShipmentStatus, ReturnShipmentStatus>> TABLE = build();

    private ReturnShipmentLifecycle() {
    }

    private static Map<ReturnShipmentTransition, Map<ReturnShipmentStatus, ReturnShipmentStatus>> build() {
        Map<ReturnShipmentTransition, Map<ReturnShipmentStatus, ReturnShipmentStatus>> t =
                new EnumMap<>(ReturnShipmentTransition.class);
        t.put(ReturnShipmentTransition.LABEL, Map.of(AUTHORIZED, LABELLED));
        t.put(ReturnShipmentTransition.DEPART, Map.of(AUTHORIZED, IN_TRANSIT, LABELLED, IN_TRANSIT));
        t.put(ReturnShipmentTransition.RECEIVE, Map.of(AUTHORIZED, RECEIVED, LABELLED, RECEIVED, IN_TRANSIT, RECEIVED));
        t.put(ReturnShipmentTransition.CANCEL, Map.of(AUTHORIZED, CANCELLED, LABELLED, CANCELLED));
        return Collections.unmodifiableMap(t);
    }

    /**
     * Where the step leads from the state.
     *
     * @param from the state
     * @param step the step
     * @return the state it leads to, or empty when the table does not allow it
     */
    public static Optional<ReturnShipmentStatus> next(ReturnShipmentStatus from, ReturnShipmentTransition step) {
        return Optional.ofNullable(TABLE.get(step).get(from));
    }

    /**
     * The whole table.
     *
     * @return per step, the states it starts from and where each leads
     */
    public static Map<ReturnShipmentTransition, Map<ReturnShipmentStatus, ReturnShipmentStatus>> table() {
        return TABLE;
    }
}
