package dev.backoffice.shipments.api;

import dev.backoffice.common.Actor;
import dev.backoffice.shipments.domain.InboundReceiptId;

import java.time.LocalDate;
import java.util.List;

/**
 * Goods coming in from suppliers: receipts expected line by line at the supplier's unit cost,
 * received in one or several deliveries in which each line's goods are accepted or rejected. Accepted
 * goods enter stock through the stock context's api as a receipt from {@code @supplier} at the line's
 * unit cost, so they are valued (and posted, when the tenant posts stock value) in the same unit of
 * work as the delivery; rejected goods never enter stock. An unknown receipt is refused with
 * {@code shipments.receipt.not_found}. Every change records the actor and the time in the history,
 * is audited, publishes a past-tense event and may carry an idempotency key.
 */
public interface Receiving {

    /**
     * Expects goods from a supplier. Refused with {@code shipments.receipt.location_invalid} (not an
     * internal location of the tenant), {@code shipments.receipt.lines_invalid}, and the stock
     * context's codes for the items' units ({@code stock.unit.unknown}, {@code stock.quantity.too_precise}).
     *
     * @param actor   who expects them
     * @param command what is expected
     * @return the receipt, {@code EXPECTED}
     */
    InboundReceiptSnapshot expect(Actor actor, ExpectReceipt command);

    /**
     * Receives one delivery: what is accepted of each line enters stock at the line's unit cost,
     * what is rejected does not. All lines or none. Refused with {@code shipments.receipt.not_allowed}
     * (not open), {@code shipments.receipt.line_unknown}, {@code shipments.receipt.lines_invalid},
     * {@code shipments.receipt.reason_required}, {@code shipments.receipt.lot_mismatch},
     * {@code shipments.line.serials_mismatch}, {@code shipments.receipt.over_received},
     * {@code shipments.receipt.location_invalid}, and the stock context's codes
     * ({@code stock.lot.required}, {@code stock.serial.in_stock}, {@code stock.valuation.*}, ...).
     *
     * @param actor   who receives it
     * @param command the delivery
     * @return the receipt after it
     */
    InboundReceiptSnapshot receive(Actor actor, ReceiveGoods command);

    /**
     * Closes a partially received receipt: nothing more is expected
     * ({@code shipments.receipt.not_allowed} in any other state).
     *
     * @param actor   who closes it
     * @param command the receipt and why
     * @return the receipt, {@code CLOSED_SHORT}
     */
    InboundReceiptSnapshot closeShort(Actor actor, CloseReceipt command);

    /**
     * Cancels a receipt of which nothing was accepted ({@code shipments.receipt.not_allowed}
     * otherwise).
     *
     * @param actor   who cancels it
     * @param command the receipt and why
     * @return the receipt, {@code CANCELLED}
     */
    InboundReceiptSnapshot cancel(Actor actor, CloseReceipt command);

    /**
     * The receipt with its deliveries and history ({@code shipments.receipt.not_found}).
     *
     * @param actor   who reads it
     * @param receipt its id
     * @return the receipt
     */
    InboundReceiptSnapshot receipt(Actor actor, InboundReceiptId receipt);

    /**
     * The tenant's open receipts (expected or partially received), earliest expected date first, at
     * most 1,000.
     *
     * @param actor who reads them
     * @return the receipts
     */
    List<InboundReceiptSnapshot> openReceipts(Actor actor);

    /**
     * The tenant's late receipts as of a day: open and expected before it; earliest expected date
     * first, at most 1,000.
     *
     * @param actor who reads them
     * @param asOf  the day
     * @return the receipts
     */
    List<InboundReceiptSnapshot> lateReceipts(Actor actor, LocalDate asOf);
}
