package dev.backoffice.shipments.api;

import dev.backoffice.common.Actor;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;

import java.util.List;

/**
 * Shipments of the actor's tenant, along their lifecycle (the table in
 * {@link dev.backoffice.shipments.domain.ShipmentLifecycle}): drafted, confirmed (stock reserved at
 * the origin through the stock context), picked, packed, shipped (stock issued to the customer), in
 * transit, delivered; delivery failed and returned as exceptions; cancelled until shipped
 * (reservations released). A step the table does not allow is refused with
 * {@code shipments.transition.not_allowed}; an unknown shipment with
 * {@code shipments.shipment.not_found}. Every step records the actor and the time in the history,
 * is audited, publishes a past-tense event, and may carry an idempotency key. The stock a step
 * reserves, issues or releases changes in the same unit of work as the shipment.
 *
 * <p>Every method also refuses with {@link dev.backoffice.common.AccessDeniedException}
 * ({@code access.denied}) when the actor lacks the permission it names, with
 * {@link dev.backoffice.common.ValidationException} ({@code validation.failed}) when a command is
 * out of form, and with {@link dev.backoffice.common.ConflictException}
 * ({@code idempotency.key_reused}) when an idempotency key comes again with another command.
 */
public interface Shipping {

    /**
     * Drafts a shipment. Nothing is reserved until it is confirmed, which is when the stock context
     * checks its lines against the items (units, lots, serial numbers).
     *
     * @param actor   who drafts it; needs {@code shipments.draft}
     * @param command the origin, the destination, the lines and the promised date
     * @return the shipment, {@code DRAFT}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.origin.invalid} when the
     *         origin is not an internal location of the tenant; {@code shipments.lines.invalid},
     *         {@code shipments.line.serials_mismatch}; the address with its own
     *         {@code shipments.address.*} codes when it is built
     */
    ShipmentSnapshot draft(Actor actor, DraftShipment command);

    /**
     * Reserves every line at the origin (and the locations under it) through the stock api, all or
     * nothing, and confirms the shipment.
     *
     * @param actor   who confirms; needs {@code shipments.confirm} (and the stock context's
     *                {@code stock.reserve})
     * @param command the draft shipment
     * @return the shipment, {@code CONFIRMED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not a draft; {@code shipments.stock.insufficient}, or the stock context's own codes
     *         such as {@code stock.quantity.insufficient}, {@code stock.lot.required},
     *         {@code stock.unit.unknown}, when a line cannot be reserved
     */
    ShipmentSnapshot confirm(Actor actor, AdvanceShipment command);

    /**
     * Confirms what is available at the origin and splits the rest off into a new draft, the
     * shipment's backorder (same origin, destination, reference and promised date, linked both
     * ways). A line is kept whole, split (in the item's base unit; serial numbers one by one), or
     * moved whole. Confirms like {@link #confirm} when everything is available.
     *
     * @param actor   who confirms; needs {@code shipments.confirm} (and the stock context's
     *                {@code stock.reserve})
     * @param command the draft shipment
     * @return the shipment, {@code CONFIRMED}, linked to its backorder when one was split off
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not a draft; {@code shipments.stock.insufficient} when nothing is available
     */
    ShipmentSnapshot confirmAvailable(Actor actor, AdvanceShipment command);

    /**
     * The reserved stock of a confirmed, picked or packed shipment, grouped and ordered by location:
     * what to take where.
     *
     * @param actor    who reads it; needs {@code shipments.read}
     * @param shipment the shipment
     * @return its picking list; no stops when it holds no reservation
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     */
    PickingList pickingList(Actor actor, ShipmentId shipment);

    /**
     * Records that the reserved goods were taken from their locations: confirmed to picked. The stock
     * stays reserved where it lies until the shipment ships.
     *
     * @param actor   who picked it; needs {@code shipments.fulfil}
     * @param command the confirmed shipment
     * @return the shipment, {@code PICKED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not confirmed
     */
    ShipmentSnapshot pick(Actor actor, AdvanceShipment command);

    /**
     * Back from picked to confirmed; the stock stays reserved.
     *
     * @param actor   who undoes the pick; needs {@code shipments.fulfil}
     * @param command the picked shipment
     * @return the shipment, {@code CONFIRMED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not picked
     */
    ShipmentSnapshot unpick(Actor actor, AdvanceShipment command);

    /**
     * Packs a picked shipment into packages, numbered from 1 in the order given.
     *
     * @param actor   who packs it; needs {@code shipments.fulfil}
     * @param command the picked shipment and its packages
     * @return the shipment, {@code PACKED}, with its packages
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not picked; {@code shipments.package.invalid} when a package has no box type, a
     *         weight or dimension of zero or less, or dimensions in two units
     */
    ShipmentSnapshot pack(Actor actor, PackShipment command);

    /**
     * Back from packed to picked; the packages are dropped.
     *
     * @param actor   who undoes the packing; needs {@code shipments.fulfil}
     * @param command the packed shipment
     * @return the shipment, {@code PICKED}, without packages
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not packed; {@code shipments.booking.not_allowed} while it is booked with the carrier
     *         (cancel the booking first)
     */
    ShipmentSnapshot unpack(Actor actor, AdvanceShipment command);

    /**
     * Ships a packed shipment: its reserved stock is issued, from where it lies, to the tenant's
     * {@code @customer} location, consuming the reservations.
     *
     * @param actor   who ships it; needs {@code shipments.ship} (and the stock context's
     *                {@code stock.move.complete})
     * @param command the packed shipment
     * @return the shipment, {@code SHIPPED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not packed, and the stock context's codes when the stock cannot be issued
     */
    ShipmentSnapshot ship(Actor actor, AdvanceShipment command);

    /**
     * The carrier has it and it is on its way: shipped to in transit.
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the shipped shipment
     * @return the shipment, {@code IN_TRANSIT}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is not shipped
     */
    ShipmentSnapshot markInTransit(Actor actor, AdvanceShipment command);

    /**
     * Delivered, with the proof (time, signatory).
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the shipped or in-transit shipment, who signed and when
     * @return the shipment, {@code DELIVERED}, with its delivery proof
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is neither shipped nor in transit
     */
    ShipmentSnapshot recordDelivery(Actor actor, RecordDelivery command);

    /**
     * The carrier could not deliver it (nobody there, address wrong): shipped or in transit to
     * delivery failed. It is then retried or returned to the sender.
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the shipped or in-transit shipment, and why
     * @return the shipment, {@code DELIVERY_FAILED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it is neither shipped nor in transit
     */
    ShipmentSnapshot recordDeliveryFailure(Actor actor, AdvanceShipment command);

    /**
     * On its way again after a failed delivery.
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the shipment whose delivery failed
     * @return the shipment, {@code IN_TRANSIT}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         its delivery has not failed
     */
    ShipmentSnapshot retryDelivery(Actor actor, AdvanceShipment command);

    /**
     * Back to the sender after a failed delivery; the goods come back into stock with {@link #receiveReturn}.
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the shipment whose delivery failed
     * @return the shipment, {@code RETURNED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         its delivery has not failed
     */
    ShipmentSnapshot recordReturn(Actor actor, AdvanceShipment command);

    /**
     * Receives goods of a delivered or returned shipment back from the customer, through the stock
     * api: a receipt from {@code @customer} into the restock location, or into the location for
     * damaged goods. The shipment keeps its state and records what came back.
     *
     * @param actor   who receives them; needs {@code shipments.return.receive} (and the stock
     *                context's {@code stock.move.complete})
     * @param command the shipment, the locations and what came back
     * @return the shipment with the returned goods
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.return.not_allowed} when it
     *         was neither delivered nor returned; {@code shipments.return.too_much} when more of an item
     *         would come back than the shipment carried and has not come back yet;
     *         {@code shipments.return.location_required} when damaged goods come back without a location
     *         for them; and the stock context's codes
     */
    ShipmentSnapshot receiveReturn(Actor actor, ReceiveReturn command);

    /**
     * Cancels a shipment that has not left, releasing its reservations.
     *
     * @param actor   who cancels it; needs {@code shipments.cancel} (and the stock context's
     *                {@code stock.reservation.release} when it holds stock)
     * @param command the shipment and why
     * @return the shipment, {@code CANCELLED}
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found}
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed} when
     *         it has shipped or was cancelled already; {@code shipments.booking.not_allowed} while it is
     *         booked with the carrier (cancel the booking first)
     */
    ShipmentSnapshot cancel(Actor actor, AdvanceShipment command);

    /**
     * The shipment with its history.
     *
     * @param actor    who reads it; needs {@code shipments.read}
     * @param shipment its id
     * @return the shipment as it is now
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment
     */
    ShipmentSnapshot shipment(Actor actor, ShipmentId shipment);

    /**
     * The tenant's late shipments as of a day: promised before it and not delivered, returned or
     * cancelled; earliest promise first, at most 1,000.
     *
     * @param actor who reads them; needs {@code shipments.read}
     * @param asOf  the day
     * @return the late shipments
     */
    List<ShipmentSnapshot> lateShipments(Actor actor, java.time.LocalDate asOf);

    /**
     * The tenant's shipments in a state, oldest first, at most 1,000.
     *
     * @param actor  who reads them; needs {@code shipments.read}
     * @param status the state
     * @return the shipments in it
     */
    List<ShipmentSnapshot> shipments(Actor actor, ShipmentStatus status);
}
