package dev.backoffice.inmemory;

import dev.backoffice.shipments.spi.InboundReceipts;
import dev.backoffice.shipments.spi.ReturnShipments;
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
    private final InMemoryReturnShipments returnShipments;

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryShipmentsAdapters(InMemoryUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.shipments = new InMemoryShipments(unitOfWork);
        this.inboundReceipts = new InMemoryInboundReceipts(unitOfWork);
        this.returnShipments = new InMemoryReturnShipments(unitOfWork);
    }

    /**
     * The shipments, kept in the shared in-memory store.
     *
     * @return the shipments port
     */
    @Override
    public Shipments shipments() {
        return shipments;
    }

    /**
     * The inbound receipts, kept in the shared in-memory store.
     *
     * @return the inbound receipts port
     */
    @Override
    public InboundReceipts inboundReceipts() {
        return inboundReceipts;
    }

    /**
     * The return shipments, kept in the shared in-memory store.
     *
     * @return the return shipments port
     */
    @Override
    public ReturnShipments returnShipments() {
        return returnShipments;
    }
}
