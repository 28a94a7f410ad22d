package dev.backoffice.jpa.entity;

import dev.backoffice.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code bo_inbound_receipt_goods}: what one delivery brought of one line (the serial
 * numbers of the accepted units are rows of their own).
 *
 * @param deliveryNo   the delivery's number, 1, 2, ...
 * @param lineNo       the receipt's line
 * @param accepted     the quantity accepted, in the item's base unit
 * @param rejected     the quantity rejected, in the same unit
 * @param unit         the base unit
 * @param rejectReason why goods were rejected, or null
 * @param lot          the lot of the accepted goods, or null
 * @param locationId   the location the accepted goods went into
 * @param moveId       the stock move that received them, or null
 * @param receivedBy   who received them
 * @param receivedAt   when
 */
@Embeddable
public record InboundGoodsEmbeddable(
        @Column(name = "delivery_no", nullable = false) int deliveryNo,
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "accepted", nullable = false, precision = 24, scale = 6) BigDecimal accepted,
        @Column(name = "rejected", nullable = false, precision = 24, scale = 6) BigDecimal rejected,
        @Column(name = "unit", nullable = false, length = 16) String unit,
        @Column(name = "reject_reason", length = 500) String rejectReason,
        @Column(name = "lot", length = 64) String lot,
        @Column(name = "location_id", nullable = false) UUID locationId,
        @Column(name = "move_id") UUID moveId,
        @Column(name = "received_by", nullable = false, length = 128) String receivedBy,
        @Column(name = "received_at", nullable = false) Instant receivedAt) {

    /** The quantities as the domain keeps them (no trailing zeros), so that unchanged goods compare equal. */
    public InboundGoodsEmbeddable {
        accepted = Quantity.of(accepted, unit).value();
        rejected = Quantity.of(rejected, unit).value();
    }
}
