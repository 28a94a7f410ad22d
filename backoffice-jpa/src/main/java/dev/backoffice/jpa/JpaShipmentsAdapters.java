package dev.backoffice.jpa;

import dev.backoffice.shipments.spi.Shipments;
import dev.backoffice.shipments.spi.ShipmentsAdapters;

import java.util.Objects;

/**
 * The shipments ports on Jakarta Persistence, over the unit of work of the other JPA adapters, so
 * that a shipment's step and the stock it reserves or issues commit in one transaction. Tables from
 * the migration {@code V14__shipments.sql}.
 */
public final class JpaShipmentsAdapters implements ShipmentsAdapters {

    private final JpaShipments shipments;

    JpaShipmentsAdapters(JpaUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shipments = new JpaShipments(unitOfWork);
    }

    @Override
    public Shipments shipments() {
        return shipments;
    }
}
