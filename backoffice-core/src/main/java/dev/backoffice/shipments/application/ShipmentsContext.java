package dev.backoffice.shipments.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.shipments.spi.ShipmentsAdapters;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.Warehousing;

/**
 * Wires the shipments context: its api services over its spi adapters, acting on stock through the
 * stock context's api only.
 */
public final class ShipmentsContext {

    private final Shipping shipping;
    private final Carriers carriers;

    public ShipmentsContext(UseCases useCases, ShipmentsAdapters adapters, Warehousing warehousing,
                            Reservations reservations, Inventory inventory, ItemCatalog itemCatalog,
                            CarrierGateway carrier) {
        this.carriers = new CarrierService(useCases, adapters.shipments(), carrier);
        this.shipping = new ShippingService(useCases, adapters.shipments(), warehousing, reservations, inventory,
                itemCatalog);
    }

    /** Quotes, bookings, tracking and return labels through the carrier. */
    public Carriers carriers() {
        return carriers;
    }

    /** Shipments along their lifecycle. */
    public Shipping shipping() {
        return shipping;
    }
}
