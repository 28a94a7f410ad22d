package dev.backoffice.shipments.api;

import dev.backoffice.common.Actor;
import dev.backoffice.shipments.domain.ShipmentId;

import java.util.List;

/**
 * The carrier of the actor's tenant's shipments, through the {@code CarrierGateway} port: quotes,
 * bookings, tracking, return labels. The carrier is called outside any unit of work, and what it
 * answers is stored in one afterwards: a carrier failure ({@code shipments.carrier.failed}) changes
 * nothing, and a booking that can no longer be stored (the shipment changed meanwhile) is cancelled
 * at the carrier again.
 */
public interface Carriers {

    /** The carrier's offers for a packed shipment's packages, cheapest first. */
    List<CarrierQuote> quotes(Actor actor, ShipmentId shipment);

    /**
     * Books a packed shipment with the quote its rule chooses (or the service named): a tracking
     * number and a label per package. Refused with {@code shipments.booking.not_allowed} when not
     * packed or already booked, {@code shipments.carrier.no_quote}, {@code shipments.carrier.failed}.
     */
    ShipmentSnapshot book(Actor actor, BookCarrier command);

    /** Cancels the booking of a shipment that has not left, at the carrier and on the shipment. */
    ShipmentSnapshot cancelBooking(Actor actor, AdvanceShipment command);

    /**
     * Records a tracking event of a package ({@code shipments.tracking.unknown}); duplicates change
     * nothing and events that arrive late never move the shipment back (see {@code Shipment.track}).
     */
    ShipmentSnapshot recordTracking(Actor actor, RecordTracking command);

    /** Asks the carrier for the tracking events of every package of a booked shipment and records them. */
    ShipmentSnapshot refreshTracking(Actor actor, ShipmentId shipment);

    /** A label for sending a package of a shipment back (packages numbered from 1). */
    CarrierLabel returnLabel(Actor actor, ShipmentId shipment, int packageNumber);

    /** The shipment one of whose packages has the tracking number ({@code shipments.tracking.unknown}). */
    ShipmentSnapshot shipmentByTrackingNumber(Actor actor, String trackingNumber);
}
