package dev.backoffice.stock.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockLot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lots and serial numbers of every tenant's tracked items. A lot never changes once stored.
 */
public interface StockLots {

    /**
     * Stores a new lot. A second lot with the same code for the same item of the tenant must fail
     * (a unique constraint on tenant, item and code: a serial number is unique per item).
     */
    void add(TenantId tenant, StockLot lot);

    Optional<StockLot> find(TenantId tenant, ItemId item, String code);

    /** The lots among {@code codes} that exist for the item, by code. */
    Map<String, StockLot> findAll(TenantId tenant, ItemId item, Collection<String> codes);

    /** The lots of an item, in the order they were first received. */
    List<StockLot> findByItem(TenantId tenant, ItemId item);
}
