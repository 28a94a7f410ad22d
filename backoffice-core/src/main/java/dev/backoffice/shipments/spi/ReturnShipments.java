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
     * The tenant's return shipments of a shipment, oldest first.
     *
     * @param tenant   the tenant
     * @param shipment the shipment
     * @return the returns
     */
    List<ReturnShipment> findByShipment(TenantId tenant, ShipmentId shipment);
}
