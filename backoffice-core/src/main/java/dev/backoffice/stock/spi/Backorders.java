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

    void add(Backorder backorder);

    /**
     * Stores a changed backorder (filled or cancelled). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link Backorder#version()}.
     */
    void update(Backorder backorder);

    Optional<Backorder> find(TenantId tenant, BackorderId id);

    /** The backorder one reserve call left, if any. */
    Optional<Backorder> findByRequest(TenantId tenant, UUID request);

    /** The backorders of a demand, open or not, oldest first. */
    List<Backorder> findByDemand(TenantId tenant, String demand);

    /** The open backorders of an item, oldest first: the order in which arriving stock fills them. */
    List<Backorder> findOpen(TenantId tenant, ItemId item);
}
