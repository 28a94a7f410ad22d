package dev.backoffice.stock.spi;

/** The ports of stock valuation, over the same store and unit of work as the other stock ports. */
public interface StockValuationAdapters {

    /**
     * The value of each item's stock, with its cost layers.
     *
     * @return the item valuations port
     */
    ItemValuations itemValuations();

    /**
     * The append-only value entries of valued moves.
     *
     * @return the value entries port
     */
    StockValueEntries stockValueEntries();

    /**
     * Each tenant's valuation settings.
     *
     * @return the valuation policies port
     */
    StockValuationPolicies stockValuationPolicies();
}
