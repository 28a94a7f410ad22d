package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.ItemId;

import java.util.List;
import java.util.UUID;

/**
 * What one reserve call holds, in the item's base unit: its reservations (one per location and
 * lot it took stock from, and those made later when stock arrived for its backorder) and its
 * backorder, if the item allows them and not everything was available.
 *
 * @param request     the id of the call, shared by its reservations and its backorder
 * @param requested   the quantity asked for
 * @param reserved    what its reservations hold or held
 * @param backorder   what waits for stock, or null
 */
public record ReservationResult(UUID request, String demand, ItemId item, Quantity requested, Quantity reserved,
                                List<ReservationSnapshot> reservations, BackorderSnapshot backorder) {

    /**
     * Whether everything asked for is (or was) reserved.
     *
     * @return true when the reserved quantity equals the requested one
     */
    public boolean isComplete() {
        return reserved.equals(requested);
    }
}
