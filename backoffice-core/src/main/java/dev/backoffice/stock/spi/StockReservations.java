package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reservations of every tenant. The reserved quantity they add up to lives on the stock rows
 * ({@link StockQuantities}), changed in the same unit of work by a guarded statement; this port
 * keeps who holds it. Every method is scoped to one tenant.
 */
public interface StockReservations {

    /**
     * Stores a new reservation; its quantity is already added to the stock row's reserved quantity.
     *
     * @param reservation the new reservation
     */
    void add(Reservation reservation);

    /**
     * Stores a changed reservation (consumed or released). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link Reservation#version()}, so an open rest is consumed or released once.
     *
     * @param reservation the reservation as changed, with the version it was read at
     */
    void update(Reservation reservation);

    /**
     * The reservation with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the reservation's id
     * @return the reservation, or empty when the tenant has none with that id
     */
    Optional<Reservation> find(TenantId tenant, ReservationId id);

    /**
     * The reservations one reserve call (or the backorder it left) made, oldest first.
     *
     * @param tenant  the tenant the call is scoped to
     * @param request the id of the reserve call
     * @return its reservations
     */
    List<Reservation> findByRequest(TenantId tenant, UUID request);

    /**
     * The reservations of a demand, open or not, oldest first.
     *
     * @param tenant the tenant the call is scoped to
     * @param demand the host's reference of the demand
     * @return its reservations
     */
    List<Reservation> findByDemand(TenantId tenant, String demand);

    /**
     * The open reservations of a demand for an item, oldest first.
     *
     * @param tenant the tenant the call is scoped to
     * @param demand the host's reference of the demand
     * @param item   the stock item
     * @return the open reservations
     */
    List<Reservation> findOpen(TenantId tenant, String demand, ItemId item);

    /**
     * Every open reservation of the tenant (for the drift check).
     *
     * @param tenant the tenant the call is scoped to
     * @return the open reservations
     */
    List<Reservation> findOpen(TenantId tenant);
}
