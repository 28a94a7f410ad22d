package dev.backoffice.jpa.entity;

import dev.backoffice.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_shipment_returns}: goods that came back (their serial numbers are rows of their own). */
@Embeddable
public record ReturnedGoodsEmbeddable(
        @Column(name = "return_no", nullable = false) int returnNo,
        @Column(name = "item_id", nullable = false) UUID itemId,
        @Column(name = "quantity", nullable = false, precision = 24, scale = 6) BigDecimal quantity,
        @Column(name = "unit", nullable = false, length = 16) String unit,
        @Column(name = "lot", length = 64) String lot,
        @Column(name = "damaged", nullable = false) boolean damaged,
        @Column(name = "location_id", nullable = false) UUID locationId,
        @Column(name = "returned_by", nullable = false, length = 128) String returnedBy,
        @Column(name = "returned_at", nullable = false) Instant returnedAt) {

    /** The quantity as the domain keeps it (no trailing zeros), so that unchanged goods compare equal. */
    public ReturnedGoodsEmbeddable {
        quantity = Quantity.of(quantity, unit).value();
    }
}
