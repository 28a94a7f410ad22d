package dev.backoffice.jpa;

import dev.backoffice.shipments.spi.InboundReceipts;
import dev.backoffice.shipments.spi.Shipments;
import dev.backoffice.shipments.spi.ShipmentsAdapters;

import java.util.Objects;

/**
 * The shipments ports on Jakarta Persistence, over the unit of work of the other JPA adapters, so
 * that a shipment's step and the stock it reserves or issues commit in one transaction. Tables from
 * the migrations {@code V14__shipments.sql} and {@code V16__inbound_receipts.sql}.
 */
public final class JpaShipmentsAdapters implements ShipmentsAdapters {

    private final JpaShipments shipments;
    private final JpaInboundReceipts inboundReceipts;

    JpaShipmentsAdapters(JpaUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shipments = new JpaShipments(unitOfWork);
        this.inboundReceipts = new JpaInboundReceipts(unitOfWork);
    }

    @Override
    public Shipments shipments() {
        return shipments;
    }

    @Override
    public InboundReceipts inboundReceipts() {
        return inboundReceipts;
    }
}
