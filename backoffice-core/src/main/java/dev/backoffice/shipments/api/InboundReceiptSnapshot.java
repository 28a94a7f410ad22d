package dev.backoffice.shipments.api;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.InboundGoods;
import dev.backoffice.shipments.domain.InboundLine;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.InboundReceiptStatus;
import dev.backoffice.shipments.domain.InboundReceiptStep;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An inbound receipt as it stands: its lines with what was accepted and rejected of each and what is
 * still open, the goods of every delivery in the order received, and its history, oldest step first.
 * Quantities are in the items' base units.
 *
 * @param id                 its id
 * @param supplier           the supplier
 * @param supplierReference  the supplier's reference, or null
 * @param destination        the internal location the goods are expected into
 * @param expectedDate       when they are expected
 * @param overReceiptPercent how much more than expected may be accepted of a line, in percent
 * @param status             its state
 * @param lines              its lines
 * @param goods              what the deliveries brought
 * @param history            its steps
 * @param createdAt          when it was expected
 * @param createdBy          who expected it
 */
public record InboundReceiptSnapshot(InboundReceiptId id, String supplier, String supplierReference,
                                     LocationId destination, LocalDate expectedDate, int overReceiptPercent,
                                     InboundReceiptStatus status, List<LineSnapshot> lines, List<InboundGoods> goods,
                                     List<InboundReceiptStep> history, Instant createdAt, String createdBy) {

    /**
     * Copies the lists, so the snapshot stays immutable.
     *
     * @param id                 its id
     * @param supplier           the supplier
     * @param supplierReference  the supplier's reference, or null
     * @param destination        the internal location the goods are expected into
     * @param expectedDate       when they are expected
     * @param overReceiptPercent how much more than expected may be accepted of a line, in percent
     * @param status             its state
     * @param lines              its lines
     * @param goods              what the deliveries brought
     * @param history            its steps
     * @param createdAt          when it was expected
     * @param createdBy          who expected it
     */
    public InboundReceiptSnapshot {
        lines = List.copyOf(lines);
        goods = List.copyOf(goods);
        history = List.copyOf(history);
    }

    /**
     * A line: what was expected at what cost, and what was accepted and rejected of it so far.
     *
     * @param number   1, 2, ...
     * @param item     the item
     * @param expected the quantity expected
     * @param unitCost the cost per base unit
     * @param lot      the lot announced, or null
     * @param accepted what was accepted over every delivery
     * @param rejected what was rejected over every delivery
     * @param open     what is still expected (zero once accepted in full)
     */
    public record LineSnapshot(int number, ItemId item, Quantity expected, Money unitCost, String lot,
                               Quantity accepted, Quantity rejected, Quantity open) {
    }

    /**
     * The snapshot of a receipt.
     *
     * @param receipt the receipt
     * @return its snapshot
     */
    public static InboundReceiptSnapshot of(InboundReceipt receipt) {
        List<LineSnapshot> lines = new ArrayList<>();
        for (InboundLine line : receipt.lines()) {
            Quantity accepted = receipt.accepted(line.number());
            Quantity open = line.expected().minus(accepted);
            lines.add(new LineSnapshot(line.number(), ItemId.of(line.item()), line.expected(), line.unitCost(),
                    line.lot(), accepted, receipt.rejected(line.number()),
                    open.isNegative() ? Quantity.zero(open.unit()) : open));
        }
        return new InboundReceiptSnapshot(receipt.id(), receipt.supplier(), receipt.supplierReference(),
                LocationId.of(receipt.destination()), receipt.expectedDate(), receipt.overReceiptPercent(),
                receipt.status(), lines, receipt.goods(), receipt.history(), receipt.createdAt(), receipt.createdBy());
    }
}
