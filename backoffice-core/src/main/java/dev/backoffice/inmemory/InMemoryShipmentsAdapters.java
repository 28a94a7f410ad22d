package dev.backoffice.inmemory;

import dev.backoffice.shipments.spi.InboundReceipts;
import dev.backoffice.shipments.spi.Shipments;
import dev.backoffice.shipments.spi.ShipmentsAdapters;

import java.util.Objects;

/**
 * Every port of the shipments context in memory, over the unit of work of the other in-memory
 * adapters, so that a shipment step and the stock it reserves or issues commit or roll back as one.
 */
public final class InMemoryShipmentsAdapters implements ShipmentsAdapters {

    private final InMemoryShipments shipments;
    private final InMemoryInboundReceipts inboundReceipts;

    public InMemoryShipmentsAdapters(InMemoryUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shipments = new InMemoryShipments(unitOfWork);
        this.inboundReceipts = new InMemoryInboundReceipts(unitOfWork);
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
