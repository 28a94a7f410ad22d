package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.ReservationId;

import java.util.List;

/**
 * Stock held for demands of the actor's tenant. A demand is a reference the host gives (an
 * order, a job); an issue for it ({@link NewStockMove#forDemand}) consumes its reservations in the
 * location it takes stock from.
 *
 * <p>A reservation never holds more than is available (on hand less reserved) in the location and
 * lot it takes from. When not enough is available, the call is refused with
 * {@code stock.quantity.insufficient}, unless the item allows backorders: then what is available is
 * reserved and the rest is backordered, and stock that arrives later (a receipt, a transfer in, an
 * adjustment, a reversal, a release) is reserved for open backorders, oldest first.
 */
public interface Reservations {

    /**
     * Reserves stock for a demand with the command's strategy, location and lot. Refused with
     * {@code stock.item.not_found}, {@code stock.location.not_found},
     * {@code stock.location.not_internal}, {@code stock.lot.not_allowed} (a lot for an untracked
     * item), {@code stock.unit.unknown}, {@code stock.quantity.too_precise},
     * {@code stock.quantity.not_positive} and {@code stock.quantity.insufficient}.
     *
     * @param actor   who acts; needs {@code stock.reserve}
     * @param command the item, demand, quantity, strategy and optional location and lot
     * @return the reservations made and the backorder, if any
     */
    ReservationResult reserve(Actor actor, ReserveStock command);

    /**
     * Releases the open rest of a reservation ({@code stock.reservation.not_found},
     * {@code stock.reservation.not_open}).
     *
     * @param actor       who acts; needs {@code stock.reservation.release}
     * @param reservation the reservation
     * @return the released reservation
     */
    ReservationSnapshot release(Actor actor, ReservationId reservation);

    /**
     * Releases every open reservation of a demand and cancels its open backorders.
     *
     * @param actor  who acts; needs {@code stock.reservation.release}
     * @param demand the host's reference of the demand
     * @return what was released and which backorders were cancelled
     */
    DemandRelease releaseDemand(Actor actor, String demand);

    /**
     * The reservations of a demand, open or not, oldest first.
     *
     * @param actor  who acts; needs {@code stock.read}
     * @param demand the host's reference of the demand
     * @return the demand's reservations, open and closed
     */
    List<ReservationSnapshot> reservations(Actor actor, String demand);

    /**
     * The backorders of a demand, open or not, oldest first.
     *
     * @param actor  who acts; needs {@code stock.read}
     * @param demand the host's reference of the demand
     * @return the demand's backorders, open and closed
     */
    List<BackorderSnapshot> backorders(Actor actor, String demand);

    /**
     * Proves that reserved quantities have not drifted: every stock row's reserved quantity equals
     * the open rest of its reservations. Reads everything of the tenant in one unit of work.
     *
     * @param actor who acts; needs {@code stock.read}
     * @return the rows checked and every drift found
     */
    ReservationCheck checkReservations(Actor actor);
}
