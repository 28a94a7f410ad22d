package dev.backoffice.stock.spi;

/** The ports of stock valuation, over the same store and unit of work as the other stock ports. */
public interface StockValuationAdapters {

    ItemValuations itemValuations();

    StockValueEntries stockValueEntries();

    StockValuationPolicies stockValuationPolicies();
}
