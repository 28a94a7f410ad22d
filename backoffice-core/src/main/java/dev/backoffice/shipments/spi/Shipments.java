package dev.backoffice.shipments.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;

import java.util.List;
import java.util.Optional;

/**
 * The shipments of every tenant: the repository of the {@link Shipment} aggregate, with its lines,
 * packages, booking, tracking, returned goods and history. Every method is scoped to one tenant.
 */
public interface Shipments {

    /**
     * Stores a new shipment.
     *
     * @param shipment the shipment, at version 0
     */
    void add(Shipment shipment);

    /**
     * Stores a changed shipment (its state, history, packages, booking, tracking, returned goods and
     * proof of delivery). Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when the
     * stored version is no longer {@link Shipment#version()}.
     *
     * @param shipment the shipment as changed
     */
    void update(Shipment shipment);

    /**
     * The tenant's shipment of that id.
     *
     * @param tenant the tenant
     * @param id     the id, or null
     * @return the shipment, or empty when the tenant has none of that id
     */
    Optional<Shipment> find(TenantId tenant, ShipmentId id);

    /**
     * The tenant's shipment one of whose packages has the carrier's tracking number.
     *
     * @param tenant         the tenant
     * @param trackingNumber a tracking number of the carrier's booking
     * @return the shipment, or empty when no package of the tenant's has it
     */
    Optional<Shipment> findByTrackingNumber(TenantId tenant, String trackingNumber);

    /**
     * The tenant's late shipments: promised before {@code today} and not delivered, returned or
     * cancelled; earliest promise first, then oldest.
     *
     * @param tenant the tenant
     * @param today  the day
     * @param limit  at most this many
     * @return the shipments
     */
    List<Shipment> findLate(TenantId tenant, java.time.LocalDate today, int limit);

    /**
     * The tenant's shipments in a state, oldest first.
     *
     * @param tenant the tenant
     * @param status the state
     * @param limit  at most this many
     * @return the shipments
     */
    List<Shipment> findByStatus(TenantId tenant, ShipmentStatus status, int limit);
}
