package dev.backoffice.shipments.spi;

/**
 * One implementation of every outbound port of the shipments context, sharing the store and the
 * unit of work of the adapters of the other contexts (the stock ones above all).
 */
public interface ShipmentsAdapters {

    /** {@return the shipments (goods going out)} */
    Shipments shipments();

    /** {@return the inbound receipts (goods expected from suppliers)} */
    InboundReceipts inboundReceipts();

    /** {@return the return shipments (customers' goods coming back under an authorization)} */
    ReturnShipments returnShipments();
}
