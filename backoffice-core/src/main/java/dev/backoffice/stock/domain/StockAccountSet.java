package dev.backoffice.stock.domain;

import java.util.Objects;
import java.util.UUID;

/** The ledger accounts (by id) a tenant's stock value posts to, one per {@link PostingRole} but the clearing one. */
public record StockAccountSet(UUID inventory, UUID costOfGoodsSold, UUID receivedNotBilled, UUID priceVariance,
                              UUID inventoryLoss) {

    /**
     * Checks that every account is given.
     *
     * @param inventory         the asset account of the stock value
     * @param costOfGoodsSold   the expense account of issues to customers
     * @param receivedNotBilled the liability account of receipts not yet billed
     * @param priceVariance     the account of differences against a standard cost
     * @param inventoryLoss     the expense account of adjustments and count variances
     */
    public StockAccountSet {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(costOfGoodsSold, "costOfGoodsSold");
        Objects.requireNonNull(receivedNotBilled, "receivedNotBilled");
        Objects.requireNonNull(priceVariance, "priceVariance");
        Objects.requireNonNull(inventoryLoss, "inventoryLoss");
    }

    /**
     * The account of a role; the clearing account is not part of the set.
     *
     * @param role the posting role
     * @return the account's id
     */
    public UUID accountOf(PostingRole role) {
        return switch (role) {
            case INVENTORY -> inventory;
            case COST_OF_GOODS_SOLD -> costOfGoodsSold;
            case RECEIVED_NOT_BILLED -> receivedNotBilled;
            case PRICE_VARIANCE -> priceVariance;
            case INVENTORY_LOSS -> inventoryLoss;
            case LANDED_COST_CLEARING -> throw new IllegalArgumentException("the clearing account comes with the landed cost");
        };
    }
}
