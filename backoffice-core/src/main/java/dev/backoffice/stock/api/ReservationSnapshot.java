package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.ReservationStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * A reservation, in the item's base unit: what it held, what issues consumed, what was released,
 * and what is still open. {@code lot} is null for an untracked item.
 */
public record ReservationSnapshot(ReservationId id, UUID request, String demand, ItemId item, LocationId location,
                                  String lot, Quantity quantity, Quantity consumed, Quantity released, Quantity open,
                                  ReservationStatus status, Instant createdAt) {

    /**
     * The snapshot of a reservation as it is now.
     *
     * @param r the reservation
     * @return its immutable snapshot
     */
    public static ReservationSnapshot of(Reservation r) {
        return new ReservationSnapshot(r.id(), r.request(), r.demand(), r.item(), r.location(),
                r.lot().isEmpty() ? null : r.lot(), Quantity.of(r.quantity(), r.unit()),
                Quantity.of(r.consumed(), r.unit()), Quantity.of(r.released(), r.unit()), Quantity.of(r.open(), r.unit()),
                r.status(), r.createdAt());
    }
}
