package dev.backoffice.stock.api;

import dev.backoffice.common.Money;

import java.time.Instant;
import java.util.List;

/**
 * The value of the tenant's stock as of now: per item its quantity, value and unit cost, and the
 * total, which is the sum of every remaining cost layer (less provisional deficits) and, when the
 * tenant posts stock value, the balance of its inventory account.
 */
public record ValuationReport(Instant asOf, List<ItemValuationSnapshot> items, Money total) {

    /**
     * Copies the items so the report stays immutable.
     *
     * @param asOf  the instant the report was made
     * @param items per item its quantity, value and unit cost
     * @param total the value of all the tenant's stock, in the valuation currency
     */
    public ValuationReport {
        items = List.copyOf(items);
    }
}
