package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.ItemId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The backorders of every tenant. Every method is scoped to one tenant. */
public interface Backorders {

    /**
     * Stores a new backorder.
     *
     * @param backorder the open backorder a reserve call left
     */
    void add(Backorder backorder);

    /**
     * Stores a changed backorder (filled or cancelled). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link Backorder#version()}.
     *
     * @param backorder the backorder as changed, with the version it was read at
     */
    void update(Backorder backorder);

    /**
     * The backorder with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the backorder's id
     * @return the backorder, or empty when the tenant has none with that id
     */
    Optional<Backorder> find(TenantId tenant, BackorderId id);

    /**
     * The backorder one reserve call left, if any.
     *
     * @param tenant  the tenant the call is scoped to
     * @param request the id of the reserve call
     * @return its backorder, or empty when everything was reserved
     */
    Optional<Backorder> findByRequest(TenantId tenant, UUID request);

    /**
     * The backorders of a demand, open or not, oldest first.
     *
     * @param tenant the tenant the call is scoped to
     * @param demand the host's reference of the demand
     * @return its backorders
     */
    List<Backorder> findByDemand(TenantId tenant, String demand);

    /**
     * The open backorders of an item, oldest first: the order in which arriving stock fills them.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the stock item
     * @return its open backorders
     */
    List<Backorder> findOpen(TenantId tenant, ItemId item);
}
