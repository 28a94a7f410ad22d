package dev.backoffice.jpa;

import dev.backoffice.shipments.spi.InboundReceipts;
import dev.backoffice.shipments.spi.ReturnShipments;
import dev.backoffice.shipments.spi.Shipments;
import dev.backoffice.shipments.spi.ShipmentsAdapters;

import java.util.Objects;

/**
 * The shipments ports on Jakarta Persistence, over the unit of work of the other JPA adapters, so
 * that a shipment's step and the stock it reserves or issues commit in one transaction. Tables from
 * the migrations {@code V14__shipments.sql}, {@code V18__inbound_receipts.sql} and
 * {@code V19__return_shipments.sql}.
 */
public final class JpaShipmentsAdapters implements ShipmentsAdapters {

    private final JpaShipments shipments;
    private final JpaInboundReceipts inboundReceipts;
    private final JpaReturnShipments returnShipments;

    JpaShipmentsAdapters(JpaUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shipments = new JpaShipments(unitOfWork);
        this.inboundReceipts = new JpaInboundReceipts(unitOfWork);
        this.returnShipments = new JpaReturnShipments(unitOfWork);
    }

    @Override
    public Shipments shipments() {
        return shipments;
    }

    @Override
    public InboundReceipts inboundReceipts() {
        return inboundReceipts;
    }

    @Override
    public ReturnShipments returnShipments() {
        return returnShipments;
    }
}
