package dev.backoffice.shipments.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;

import java.util.List;
import java.util.Optional;

/** The shipments of every tenant. Every method is scoped to one tenant. */
public interface Shipments {

    void add(Shipment shipment);

    /**
     * Stores a changed shipment (its state, history and proof of delivery). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link Shipment#version()}.
     */
    void update(Shipment shipment);

    Optional<Shipment> find(TenantId tenant, ShipmentId id);

    /** The tenant's shipment one of whose packages has the carrier's tracking number. */
    Optional<Shipment> findByTrackingNumber(TenantId tenant, String trackingNumber);

    /**
     * The tenant's late shipments: promised before {@code today} and not delivered, returned or
     * cancelled; earliest promise first, then oldest; at most {@code limit}.
     */
    List<Shipment> findLate(TenantId tenant, java.time.LocalDate today, int limit);

    /** The tenant's shipments in a state, oldest first, at most {@code limit}. */
    List<Shipment> findByStatus(TenantId tenant, ShipmentStatus status, int limit);
}
