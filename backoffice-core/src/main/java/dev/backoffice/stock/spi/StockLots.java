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
     * (a unique constraint on tenant, item and code: a serial number is unique per item); when a
     * concurrent unit of work stored it first, with a
     * {@link dev.backoffice.common.ConcurrentUpdateException}, so that the retry finds it.
     *
     * @param tenant the tenant the call is scoped to
     * @param lot    the new lot or serial number
     */
    void add(TenantId tenant, StockLot lot);

    /**
     * The lots among {@code codes} that exist for the item, locked until the current unit of work
     * ends (a database adapter: {@code SELECT ... FOR UPDATE}, rows taken in ascending code order).
     * A move that brings serial numbers into stock locks them first, so that two units of work
     * bringing the same serial number into two locations run one after the other and the second
     * sees it in stock.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @param codes  the lot codes or serial numbers to lock
     * @return the lots that exist, by code
     */
    Map<String, StockLot> lockForUpdate(TenantId tenant, ItemId item, Collection<String> codes);

    /**
     * One lot or serial number of an item.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @param code   the lot code or serial number
     * @return the lot, or empty when the item has none with that code
     */
    Optional<StockLot> find(TenantId tenant, ItemId item, String code);

    /**
     * The lots among {@code codes} that exist for the item, by code.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @param codes  the lot codes or serial numbers to look up
     * @return the lots that exist, by code
     */
    Map<String, StockLot> findAll(TenantId tenant, ItemId item, Collection<String> codes);

    /**
     * The lots of an item, in the order they were first received.
     *
     * @param tenant the tenant the call is scoped to
     * @param item   the tracked item
     * @return its lots
     */
    List<StockLot> findByItem(TenantId tenant, ItemId item);
}
