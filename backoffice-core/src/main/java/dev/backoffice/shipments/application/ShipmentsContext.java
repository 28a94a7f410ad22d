package dev.backoffice.shipments.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.Receiving;
import dev.backoffice.shipments.api.Returns;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.shipments.spi.ShipmentsAdapters;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.Warehousing;

/**
 * Wires the shipments context: its api services over its spi adapters, acting on stock through the
 * stock context's api only. {@code BackOffice} builds one when the adapters provide the shipments
 * ports next to the stock ones; the services themselves are package-private.
 */
public final class ShipmentsContext {

    private final Shipping shipping;
    private final Carriers carriers;
    private final Receiving receiving;
    private final Returns returns;

    /**
     * Wires the context.
     *
     * @param useCases     the shared plumbing of use cases
     * @param adapters     the shipments ports
     * @param warehousing  the stock context's locations
     * @param reservations the stock context's reservations
     * @param inventory    the stock context's moves and levels
     * @param itemCatalog  the stock context's items
     * @param carrier      the carrier
     */
    public ShipmentsContext(UseCases useCases, ShipmentsAdapters adapters, Warehousing warehousing,
                            Reservations reservations, Inventory inventory, ItemCatalog itemCatalog,
                            CarrierGateway carrier) {
        CarrierService carrierService = new CarrierService(useCases, adapters.shipments(), carrier);
        ShippingService shippingService = new ShippingService(useCases, adapters.shipments(), warehousing,
                reservations, inventory, itemCatalog);
        this.carriers = carrierService;
        this.shipping = shippingService;
        this.receiving = new ReceivingService(useCases, adapters.inboundReceipts(), warehousing, inventory, itemCatalog);
        this.returns = new ReturnsService(useCases, adapters.returnShipments(), shippingService, carrierService,
                itemCatalog);
    }

    /**
     * Goods expected from suppliers and received against inbound receipts.
     *
     * @return the receiving use cases
     */
    public Receiving receiving() {
        return receiving;
    }

    /** {@return return shipments: customers' goods coming back under an authorization, with a return label} */
    public Returns returns() {
        return returns;
    }

    /**
     * Quotes, bookings, tracking and return labels through the carrier.
     *
     * @return the carrier use cases
     */
    public Carriers carriers() {
        return carriers;
    }

    /**
     * Shipments along their lifecycle, reserving, issuing and receiving back stock through the stock
     * context.
     *
     * @return the shipping use cases
     */
    public Shipping shipping() {
        return shipping;
    }
}
