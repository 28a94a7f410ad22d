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
 */
public interface Shipping {

    /**
     * Drafts a shipment. Refused with {@code shipments.origin.invalid} (not an internal location of
     * the tenant), {@code shipments.lines.invalid}, {@code shipments.line.serials_mismatch}; the
     * address with its own {@code shipments.address.*} codes when it is built.
     */
    ShipmentSnapshot draft(Actor actor, DraftShipment command);

    /**
     * Reserves every line at the origin (and the locations under it) through the stock api: all or
     * nothing ({@code shipments.stock.insufficient}, or the stock context's own codes such as
     * {@code stock.quantity.insufficient}, {@code stock.lot.required}, {@code stock.unit.unknown}).
     */
    ShipmentSnapshot confirm(Actor actor, AdvanceShipment command);

    /**
     * Confirms what is available at the origin and splits the rest off into a new draft, the
     * shipment's backorder (same origin, destination, reference and promised date, linked both
     * ways). A line is kept whole, split (in the item's base unit; serial numbers one by one), or
     * moved whole. Confirms like {@link #confirm} when everything is available; refused with
     * {@code shipments.stock.insufficient} when nothing is.
     */
    ShipmentSnapshot confirmAvailable(Actor actor, AdvanceShipment command);

    /** The reserved stock of a confirmed, picked or packed shipment, grouped and ordered by location. */
    PickingList pickingList(Actor actor, ShipmentId shipment);

    ShipmentSnapshot pick(Actor actor, AdvanceShipment command);

    /** Back from picked to confirmed; the stock stays reserved. */
    ShipmentSnapshot unpick(Actor actor, AdvanceShipment command);

    /** Packs a picked shipment into packages ({@code shipments.package.invalid}). */
    ShipmentSnapshot pack(Actor actor, PackShipment command);

    /** Back from packed to picked; the packages are dropped. */
    ShipmentSnapshot unpack(Actor actor, AdvanceShipment command);

    /** Issues the reserved stock from where it lies to the tenant's {@code @customer} location. */
    ShipmentSnapshot ship(Actor actor, AdvanceShipment command);

    /** The carrier has it and it is on its way. */
    ShipmentSnapshot markInTransit(Actor actor, AdvanceShipment command);

    /** Delivered, with the proof (time, signatory). */
    ShipmentSnapshot recordDelivery(Actor actor, RecordDelivery command);

    ShipmentSnapshot recordDeliveryFailure(Actor actor, AdvanceShipment command);

    /** On its way again after a failed delivery. */
    ShipmentSnapshot retryDelivery(Actor actor, AdvanceShipment command);

    /** Back to the sender after a failed delivery; the goods come back into stock with {@link #receiveReturn}. */
    ShipmentSnapshot recordReturn(Actor actor, AdvanceShipment command);

    /**
     * Receives goods of a delivered or returned shipment back from the customer, through the stock
     * api: a receipt from {@code @customer} into the restock location, or into the location for
     * damaged goods. Refused with {@code shipments.return.not_allowed}, {@code shipments.return.too_much}
     * (more of an item than the shipment carried and has not come back yet),
     * {@code shipments.return.location_required}, and the stock context's codes.
     */
    ShipmentSnapshot receiveReturn(Actor actor, ReceiveReturn command);

    /** Cancels a shipment that has not left, releasing its reservations. */
    ShipmentSnapshot cancel(Actor actor, AdvanceShipment command);

    /** The shipment with its history ({@code shipments.shipment.not_found}). */
    ShipmentSnapshot shipment(Actor actor, ShipmentId shipment);

    /**
     * The tenant's late shipments as of a day: promised before it and not delivered, returned or
     * cancelled; earliest promise first, at most 1,000.
     */
    List<ShipmentSnapshot> lateShipments(Actor actor, java.time.LocalDate asOf);

    /** The tenant's shipments in a state, oldest first, at most 1,000. */
    List<ShipmentSnapshot> shipments(Actor actor, ShipmentStatus status);
}
