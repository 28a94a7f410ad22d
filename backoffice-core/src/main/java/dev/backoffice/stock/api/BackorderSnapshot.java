package dev.backoffice.stock.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.BackorderStatus;
import dev.backoffice.stock.domain.ItemId;

import java.time.Instant;
import java.util.UUID;

/** A backorder, in the item's base unit: what was backordered, what arriving stock filled, what still waits. */
public record BackorderSnapshot(BackorderId id, UUID request, String demand, ItemId item, Quantity quantity,
                                Quantity filled, Quantity outstanding, BackorderStatus status, Instant createdAt) {

    /**
     * The snapshot of a backorder as it is now.
     *
     * @param b the backorder
     * @return its immutable snapshot
     */
    public static BackorderSnapshot of(Backorder b) {
        return new BackorderSnapshot(b.id(), b.request(), b.demand(), b.item(), Quantity.of(b.quantity(), b.unit()),
                Quantity.of(b.filled(), b.unit()), Quantity.of(b.outstanding(), b.unit()), b.status(), b.createdAt());
    }
}
