package dev.backoffice.stock.domain;

import java.util.Objects;
import java.util.UUID;

/** The ledger accounts (by id) a tenant's stock value posts to, one per {@link PostingRole} but the clearing one. */
public record StockAccountSet(UUID inventory, UUID costOfGoodsSold, UUID receivedNotBilled, UUID priceVariance,
                              UUID inventoryLoss) {

    public StockAccountSet {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(costOfGoodsSold, "costOfGoodsSold");
        Objects.requireNonNull(receivedNotBilled, "receivedNotBilled");
        Objects.requireNonNull(priceVariance, "priceVariance");
        Objects.requireNonNull(inventoryLoss, "inventoryLoss");
    }

    /** The account of a role; the clearing account is not part of the set. */
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
