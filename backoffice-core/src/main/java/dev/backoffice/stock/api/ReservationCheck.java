package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.util.List;

/**
 * The proof that reserved quantities have not drifted: for every stock row of the tenant, the
 * reserved quantity equals the sum of the open rest of the row's reservations.
 *
 * @param rowsChecked stock rows with a reserved quantity or an open reservation
 * @param drifts      every row where the two differ; empty when the books are right
 */
public record ReservationCheck(int rowsChecked, List<Drift> drifts) {

    /** One stock row whose reserved quantity differs from its open reservations. */
    public record Drift(ItemId item, LocationId location, String lot, Quantity reservedOnRow,
                        Quantity openReservations) {
    }

    /**
     * Whether no row drifted.
     *
     * @return true when {@code drifts} is empty
     */
    public boolean isConsistent() {
        return drifts.isEmpty();
    }
}
