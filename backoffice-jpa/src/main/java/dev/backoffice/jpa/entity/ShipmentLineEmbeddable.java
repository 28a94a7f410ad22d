package dev.backoffice.jpa.entity;

import dev.backoffice.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@code bo_shipment_lines}: a line of a shipment (its serial numbers are rows of their own). */
@Embeddable
public record ShipmentLineEmbeddable(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "item_id", nullable = false) UUID itemId,
        @Column(name = "quantity", nullable = false, precision = 24, scale = 6) BigDecimal quantity,
        @Column(name = "unit", nullable = false, length = 16) String unit,
        @Column(name = "lot", length = 64) String lot) {

    /** The quantity as the domain keeps it (no trailing zeros), so that an unchanged line compares equal. */
    public ShipmentLineEmbeddable {
        quantity = Quantity.of(quantity, unit).value();
    }
}
