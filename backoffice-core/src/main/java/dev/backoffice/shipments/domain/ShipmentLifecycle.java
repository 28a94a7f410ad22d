package dev.backoffice.shipments.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static dev.backoffice.shipments.domain.ShipmentStatus.CANCELLED;
import static dev.backoffice.shipments.domain.ShipmentStatus.CONFIRMED;
import static dev.backoffice.shipments.domain.ShipmentStatus.DELIVERED;
import static dev.backoffice.shipments.domain.ShipmentStatus.DELIVERY_FAILED;
import static dev.backoffice.shipments.domain.ShipmentStatus.DRAFT;
import static dev.backoffice.shipments.domain.ShipmentStatus.IN_TRANSIT;
import static dev.backoffice.shipments.domain.ShipmentStatus.PACKED;
import static dev.backoffice.shipments.domain.ShipmentStatus.PICKED;
import static dev.backoffice.shipments.domain.ShipmentStatus.RETURNED;
import static dev.backoffice.shipments.domain.ShipmentStatus.SHIPPED;

/**
 * The lifecycle of a shipment held as data: for each step, the states it may start from and the
 * state it leads to. Every pair not in the table is refused.
 *
 * <pre>
 * CONFIRM         DRAFT -> CONFIRMED                 (stock reserved)
 * PICK            CONFIRMED -> PICKED
 * UNPICK          PICKED -> CONFIRMED
 * PACK            PICKED -> PACKED
 * UNPACK          PACKED -> PICKED
 * SHIP            PACKED -> SHIPPED                  (stock issued to the customer)
 * DEPART          SHIPPED -> IN_TRANSIT
 * DELIVER         SHIPPED, IN_TRANSIT -> DELIVERED
 * FAIL_DELIVERY   SHIPPED, IN_TRANSIT -> DELIVERY_FAILED
 * RETRY_DELIVERY  DELIVERY_FAILED -> IN_TRANSIT
 * RETURN          DELIVERY_FAILED -> RETURNED
 * CANCEL          DRAFT, CONFIRMED, PICKED, PACKED -> CANCELLED   (reservations released)
 * </pre>
 */
public final class ShipmentLifecycle {

    private static final Map<ShipmentTransition, Map<ShipmentStatus, ShipmentStatus>> TABLE = build();

    private ShipmentLifecycle() {
    }

    private static Map<ShipmentTransition, Map<ShipmentStatus, ShipmentStatus>> build() {
        Map<ShipmentTransition, Map<ShipmentStatus, ShipmentStatus>> t = new EnumMap<>(ShipmentTransition.class);
        t.put(ShipmentTransition.CONFIRM, Map.of(DRAFT, CONFIRMED));
        t.put(ShipmentTransition.PICK, Map.of(CONFIRMED, PICKED));
        t.put(ShipmentTransition.UNPICK, Map.of(PICKED, CONFIRMED));
        t.put(ShipmentTransition.PACK, Map.of(PICKED, PACKED));
        t.put(ShipmentTransition.UNPACK, Map.of(PACKED, PICKED));
        t.put(ShipmentTransition.SHIP, Map.of(PACKED, SHIPPED));
        t.put(ShipmentTransition.DEPART, Map.of(SHIPPED, IN_TRANSIT));
        t.put(ShipmentTransition.DELIVER, Map.of(SHIPPED, DELIVERED, IN_TRANSIT, DELIVERED));
        t.put(ShipmentTransition.FAIL_DELIVERY, Map.of(SHIPPED, DELIVERY_FAILED, IN_TRANSIT, DELIVERY_FAILED));
        t.put(ShipmentTransition.RETRY_DELIVERY, Map.of(DELIVERY_FAILED, IN_TRANSIT));
        t.put(ShipmentTransition.RETURN, Map.of(DELIVERY_FAILED, RETURNED));
        t.put(ShipmentTransition.CANCEL, Map.of(DRAFT, CANCELLED, CONFIRMED, CANCELLED, PICKED, CANCELLED,
                PACKED, CANCELLED));
        return Collections.unmodifiableMap(t);
    }

    /**
     * Where the step leads from the state.
     *
     * @param from the state the shipment is in
     * @param step the step asked for
     * @return the state it leads to, or empty when the table does not allow it
     */
    public static Optional<ShipmentStatus> next(ShipmentStatus from, ShipmentTransition step) {
        return Optional.ofNullable(TABLE.get(step).get(from));
    }

    /**
     * The whole table: per step, the states it starts from and where each leads.
     *
     * @return the table, immutable
     */
    public static Map<ShipmentTransition, Map<ShipmentStatus, ShipmentStatus>> table() {
        return TABLE;
    }
}
