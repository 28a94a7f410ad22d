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
 *
 * <p>Every method also refuses with {@link dev.backoffice.common.AccessDeniedException}
 * ({@code access.denied}) when the actor lacks the permission it names, and with
 * {@link dev.backoffice.common.ValidationException} ({@code validation.failed}) when a command is
 * out of form.
 */
public interface Carriers {

    /**
     * The carrier's offers for a packed shipment's packages and destination, cheapest first (then
     * fewest days, then by service name). Nothing is stored.
     *
     * @param actor    who asks; needs {@code shipments.carrier.book}
     * @param shipment a packed shipment without a booking
     * @return the offers, cheapest first; empty when the carrier offers none
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.not_allowed} when
     *         the shipment is not packed or already booked; {@code shipments.carrier.failed} when the
     *         carrier refused or could not be reached
     */
    List<CarrierQuote> quotes(Actor actor, ShipmentId shipment);

    /**
     * Books a packed shipment with the quote its rule chooses (or the service named): the carrier
     * returns a tracking number and a label per package, which are kept on the shipment with the
     * service and price ({@code ShipmentBooked}). The shipment stays packed; it is shipped with
     * {@link Shipping#ship}.
     *
     * @param actor   who books; needs {@code shipments.carrier.book}
     * @param command the shipment, how to choose the quote, and an optional idempotency key
     * @return the shipment with its booking
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.not_allowed} when
     *         the shipment is not packed or already booked; {@code shipments.carrier.no_quote} when the
     *         carrier offers no service (or not the one named); {@code shipments.carrier.failed} when the
     *         carrier refused or could not be reached
     * @throws dev.backoffice.common.ConflictException {@code idempotency.key_reused} when the key was
     *         used for another command
     */
    ShipmentSnapshot book(Actor actor, BookCarrier command);

    /**
     * Cancels the booking of a shipment that has not left, at the carrier first and then on the
     * shipment ({@code ShipmentBookingCancelled}); the shipment stays packed and can be booked again.
     *
     * @param actor   who cancels; needs {@code shipments.carrier.book}
     * @param command the shipment and why
     * @return the shipment without a booking
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.none} when it has no
     *         booking; {@code shipments.booking.not_allowed} when it has left already;
     *         {@code shipments.carrier.failed} when the carrier refused or could not be reached
     */
    ShipmentSnapshot cancelBooking(Actor actor, AdvanceShipment command);

    /**
     * Records a tracking event of a package, for example one the carrier notified the host of. The
     * same event id again changes nothing, and events that arrive late never move the shipment back
     * (see {@code Shipment.track}); an event the shipment's state can follow moves it on (in transit,
     * delivered, delivery failed, returned).
     *
     * @param actor   who records it; needs {@code shipments.track}
     * @param command the tracking number, the carrier's event id, what happened and when
     * @return the shipment after the event
     * @throws dev.backoffice.common.NotFoundException {@code shipments.tracking.unknown} when no
     *         package of the tenant's shipments has the tracking number
     */
    ShipmentSnapshot recordTracking(Actor actor, RecordTracking command);

    /**
     * Asks the carrier for the tracking events of every package of a booked shipment and records the
     * new ones as {@link #recordTracking} does.
     *
     * @param actor    who asks; needs {@code shipments.track}
     * @param shipment a booked shipment
     * @return the shipment after the events
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.none} when it has no
     *         booking; {@code shipments.carrier.failed} when the carrier refused or could not be reached
     */
    ShipmentSnapshot refreshTracking(Actor actor, ShipmentId shipment);

    /**
     * Asks the carrier for a label for sending a package of a booked shipment back. The request is
     * audited; the shipment does not change.
     *
     * @param actor         who asks; needs {@code shipments.carrier.book}
     * @param shipment      a booked shipment
     * @param packageNumber the package, numbered from 1 in the order packed
     * @return the return label and its tracking number
     * @throws dev.backoffice.common.NotFoundException {@code shipments.shipment.not_found} when the
     *         tenant has no such shipment; {@code shipments.tracking.unknown} when it has no package with
     *         that number
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.none} when it has no
     *         booking; {@code shipments.carrier.failed} when the carrier refused or could not be reached
     */
    CarrierLabel returnLabel(Actor actor, ShipmentId shipment, int packageNumber);

    /**
     * The shipment one of whose packages has the tracking number.
     *
     * @param actor          who reads it; needs {@code shipments.read}
     * @param trackingNumber a tracking number the carrier gave a package
     * @return the shipment
     * @throws dev.backoffice.common.NotFoundException {@code shipments.tracking.unknown} when no
     *         package of the tenant's shipments has it
     */
    ShipmentSnapshot shipmentByTrackingNumber(Actor actor, String trackingNumber);
}
