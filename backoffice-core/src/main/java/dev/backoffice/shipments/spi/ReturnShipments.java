package dev.backoffice.shipments.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ShipmentId;

import java.util.List;
import java.util.Optional;

/** The return shipments (customers' goods coming back under an authorization) of every tenant, scoped to one tenant per call. */
public interface ReturnShipments {

    /**
     * Stores a new return shipment.
     *
     * @param returnShipment the return, at version 0
     */
    void add(ReturnShipment returnShipment);

    /**
     * Stores a changed return shipment (its state, label and history). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link ReturnShipment#version()}.
     *
     * @param returnShipment the return as changed
     */
    void update(ReturnShipment returnShipment);

    /**
     * The tenant's return shipment of that id.
     *
     * @param tenant the tenant
     * @param id     the id, or null
     * @return the return, or empty when the tenant has none of that id
     */
    Optional<ReturnShipment> find(TenantId tenant, ReturnShipmentId id);

    /**
     * The tenant's return shipment of that id, held until the unit of work ends so that a concurrent
     * step on the same return waits and then reads what the first step stored (a database adapter
     * reads the row {@code FOR UPDATE}). Without it two steps at once are still never both stored
     * (the version check of {@link #update} refuses the second), but the second may be refused by a
     * rule it checked against what the first had already done (a return received twice reports
     * {@code shipments.return.too_much} instead of {@code shipments.return_shipment.not_allowed}). The
     * default reads without holding anything: enough for an adapter whose units of work do not overlap.
     *
     * @param tenant the tenant
     * @param id     the id, or null
     * @return the return, or empty when the tenant has none of that id
     */
    default Optional<ReturnShipment> lockForUpdate(TenantId tenant, ReturnShipmentId id) {
        return find(tenant, id);
    }

    /**
     * The tenant's return shipments of a shipment, oldest first.
     *
     * @param tenant   the tenant
     * @param shipment the shipment
     * @return the returns
     */
    List<ReturnShipment> findByShipment(TenantId tenant, ShipmentId shipment);
}
