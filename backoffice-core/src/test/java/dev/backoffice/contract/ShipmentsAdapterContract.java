package dev.backoffice.contract;

import dev.backoffice.shipments.spi.ShipmentsAdapters;

/**
 * The base of every shipments port contract: the adapters of the other contexts (for the unit of
 * work and the stock the shipments act on) and the shipments adapters under test, sharing that
 * unit of work.
 */
public abstract class ShipmentsAdapterContract extends StockAdapterContract {

    /** The shipments adapters under test, over the unit of work of {@link #adapters()}: by default the ones they provide. */
    protected ShipmentsAdapters shipmentsAdapters() {
        return adapters().shipments().orElseThrow(() -> new AssertionError("the adapters under test provide no shipments ports"));
    }
}
