package dev.backoffice.shipments.api;

import dev.backoffice.common.Actor;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ShipmentId;

import java.util.List;

/**
 * Return shipments: goods of a delivered (or returned) shipment that a customer is authorized to send
 * back (a return merchandise authorization), linked to that shipment, with the carrier's return label
 * (obtained exactly as {@link Carriers#returnLabel} obtains one), followed on their way, and received
 * on arrival exactly as {@link Shipping#receiveReturn} receives goods (the same code: into stock
 * through the stock api, valued and posted by the stock context, or into the location for damaged
 * goods, kept on the shipment). Every step is appended to the return's history with the actor and
 * the time. An unknown return (or another tenant's) is refused with
 * {@code shipments.return_shipment.not_found}, a step its state does not allow with
 * {@code shipments.return_shipment.not_allowed}; a refused call changes nothing.
 */
public interface Returns {

    /**
     * Authorizes the return ({@code shipments.return.authorize}). Refused with
     * {@code shipments.shipment.not_found}, {@code shipments.return.not_allowed} (the shipment is not
     * delivered or returned), {@code shipments.return.too_much} (more of an item than the shipment
     * carried and has neither come back nor been authorized to come back under another open return),
     * {@code shipments.lines.invalid}, {@code shipments.line.serials_mismatch}.
     *
     * @param actor   who authorizes it
     * @param command the shipment and what comes back
     * @return the return shipment, {@code AUTHORIZED}
     */
    ReturnShipmentSnapshot authorize(Actor actor, AuthorizeReturn command);

    /**
     * Asks the carrier for a return label for a package of the shipment ({@code shipments.carrier.book},
     * like {@link Carriers#returnLabel}), outside any unit of work, and keeps it on the return. Refused
     * with {@code shipments.booking.none} (the shipment was not booked with the carrier),
     * {@code shipments.tracking.unknown} (no such package), {@code shipments.carrier.failed} (nothing
     * changes), {@code shipments.return_shipment.not_allowed} (not authorized, or labelled already).
     *
     * @param actor   who asks
     * @param command the return and the shipment's package the label is for
     * @return the return shipment, {@code LABELLED}
     */
    ReturnShipmentSnapshot requestLabel(Actor actor, RequestReturnLabel command);

    /**
     * The goods left the customer with the carrier ({@code shipments.track}).
     *
     * @param actor   who records it
     * @param command the return
     * @return the return shipment, {@code IN_TRANSIT}
     */
    ReturnShipmentSnapshot markInTransit(Actor actor, AdvanceReturn command);

    /**
     * The goods arrived ({@code shipments.return.receive}): every line is received back as
     * {@link Shipping#receiveReturn} does ({@code shipments.return.location_required},
     * {@code shipments.return.too_much}, the stock context's codes), and the return is
     * {@code RECEIVED}, in one unit of work. A damaged line the return does not have is
     * {@code shipments.return_shipment.line_unknown}.
     *
     * @param actor   who receives them
     * @param command the return and where its goods go
     * @return the return shipment, {@code RECEIVED}
     */
    ReturnShipmentSnapshot receive(Actor actor, ReceiveReturnShipment command);

    /**
     * Withdraws the authorization before the goods left ({@code shipments.return.authorize}).
     *
     * @param actor   who withdraws it
     * @param command the return
     * @return the return shipment, {@code CANCELLED}
     */
    ReturnShipmentSnapshot cancel(Actor actor, AdvanceReturn command);

    /**
     * The return shipment with its history ({@code shipments.read}).
     *
     * @param actor          who reads it
     * @param returnShipment its id
     * @return the return shipment
     */
    ReturnShipmentSnapshot returnShipment(Actor actor, ReturnShipmentId returnShipment);

    /**
     * The return shipments of a shipment, oldest first ({@code shipments.read}); empty for an unknown
     * shipment or another tenant's.
     *
     * @param actor    who reads them
     * @param shipment the shipment
     * @return the return shipments
     */
    List<ReturnShipmentSnapshot> returnsOf(Actor actor, ShipmentId shipment);
}
