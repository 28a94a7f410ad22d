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
 *
 * <p>Every method also refuses with {@link dev.backoffice.common.AccessDeniedException}
 * ({@code access.denied}) when the actor lacks the permission it names, with
 * {@link dev.backoffice.common.ValidationException} ({@code validation.failed}) when a command is
 * out of form, and with {@link dev.backoffice.common.ConflictException}
 * ({@code idempotency.key_reused}) when an idempotency key comes again with another command.
 */
public interface Receiving {

    /**
     * Expects goods from a supplier; nothing enters stock yet.
     *
     * @param actor   who expects them; needs {@code shipments.receipt.expect}
     * @param command what is expected
     * @return the receipt, {@code EXPECTED}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.location_invalid}
     *         when the destination is not an internal location of the tenant;
     *         {@code shipments.receipt.lines_invalid} when a line expects zero or less, or costs less than
     *         zero, or the lines' costs are in two currencies; and the stock context's codes for the
     *         items' units ({@code stock.unit.unknown}, {@code stock.quantity.too_precise})
     */
    InboundReceiptSnapshot expect(Actor actor, ExpectReceipt command);

    /**
     * Receives one delivery: what is accepted of each line enters stock at the line's unit cost,
     * what is rejected does not. All lines or none.
     *
     * @param actor   who receives it; needs {@code shipments.receipt.receive} (and the stock context's
     *                {@code stock.move.complete})
     * @param command the delivery
     * @return the receipt after it: {@code RECEIVED} once every line is accepted in full,
     *         {@code PARTIALLY_RECEIVED} while some are open, still {@code EXPECTED} when nothing
     *         was accepted yet
     * @throws dev.backoffice.common.NotFoundException {@code shipments.receipt.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.not_allowed} when it
     *         is not open; {@code shipments.receipt.line_unknown}, {@code shipments.receipt.lines_invalid},
     *         {@code shipments.receipt.reason_required}, {@code shipments.receipt.lot_mismatch},
     *         {@code shipments.line.serials_mismatch}, {@code shipments.receipt.over_received},
     *         {@code shipments.receipt.location_invalid}; and the stock context's codes
     *         ({@code stock.lot.required}, {@code stock.serial.in_stock}, {@code stock.valuation.*}, ...)
     */
    InboundReceiptSnapshot receive(Actor actor, ReceiveGoods command);

    /**
     * Closes a partially received receipt: nothing more is expected of it.
     *
     * @param actor   who closes it; needs {@code shipments.receipt.close}
     * @param command the receipt and why
     * @return the receipt, {@code CLOSED_SHORT}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.receipt.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.not_allowed} when it
     *         is not partially received
     */
    InboundReceiptSnapshot closeShort(Actor actor, CloseReceipt command);

    /**
     * Cancels a receipt of which nothing was accepted.
     *
     * @param actor   who cancels it; needs {@code shipments.receipt.close}
     * @param command the receipt and why
     * @return the receipt, {@code CANCELLED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.receipt.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.receipt.not_allowed} when
     *         goods were accepted already, or it is closed
     */
    InboundReceiptSnapshot cancel(Actor actor, CloseReceipt command);

    /**
     * The receipt with its deliveries and history.
     *
     * @param actor   who reads it; needs {@code shipments.read}
     * @param receipt its id
     * @return the receipt as it is now
     * @throws dev.backoffice.common.NotFoundException {@code shipments.receipt.not_found} when the tenant
     *         has no such receipt
     */
    InboundReceiptSnapshot receipt(Actor actor, InboundReceiptId receipt);

    /**
     * The tenant's open receipts (expected or partially received), earliest expected date first, at
     * most 1,000.
     *
     * @param actor who reads them; needs {@code shipments.read}
     * @return the receipts
     */
    List<InboundReceiptSnapshot> openReceipts(Actor actor);

    /**
     * The tenant's late receipts as of a day: open and expected before it; earliest expected date
     * first, at most 1,000.
     *
     * @param actor who reads them; needs {@code shipments.read}
     * @param asOf  the day
     * @return the receipts
     */
    List<InboundReceiptSnapshot> lateReceipts(Actor actor, LocalDate asOf);
}
