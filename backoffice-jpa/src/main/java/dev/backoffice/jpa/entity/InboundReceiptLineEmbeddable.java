package dev.backoffice.jpa.entity;

import dev.backoffice.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of {@code bo_inbound_receipt_lines}: a line of an inbound receipt.
 *
 * @param lineNo        1, 2, ...
 * @param itemId        the stock item
 * @param expected      the quantity expected, in the item's base unit
 * @param unit          the base unit
 * @param unitCostMinor the supplier's cost per base unit, in minor units
 * @param currency      the cost's currency
 * @param lot           the lot announced, or null
 */
@Embeddable
public record InboundReceiptLineEmbeddable(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "item_id", nullable = false) UUID itemId,
        @Column(name = "expected", nullable = false, precision = 24, scale = 6) BigDecimal expected,
        @Column(name = "unit", nullable = false, length = 16) String unit,
        @Column(name = "unit_cost_minor", nullable = false) long unitCostMinor,
        @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "currency", nullable = false, length = 3) String currency,
        @Column(name = "lot", length = 64) String lot) {

    /** The quantity as the domain keeps it (no trailing zeros), so that an unchanged line compares equal. */
    public InboundReceiptLineEmbeddable {
        expected = Quantity.of(expected, unit).value();
    }
}
