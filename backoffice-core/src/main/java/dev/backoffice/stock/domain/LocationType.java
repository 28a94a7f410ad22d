package dev.backoffice.stock.domain;

/**
 * The kind of a stock location. Internal locations hold the tenant's stock; the virtual ones are
 * the other side of its moves, so that an item's quantities over all locations always sum to zero.
 */
public enum LocationType {
    /** A place in a warehouse: the warehouse itself, a zone, a shelf, a bin. */
    INTERNAL("internal"),
    /** Where receipts come from. */
    SUPPLIER("supplier"),
    /** Where issues go to. */
    CUSTOMER("customer"),
    /** The other side of adjustments: stock lost, damaged, found or miscounted. */
    INVENTORY_LOSS("inventory-loss"),
    /** Stock on its way between warehouses. */
    TRANSIT("transit");

    private final String slug;

    LocationType(String slug) {
        this.slug = slug;
    }

    /**
     * Whether stock there is outside the company (supplier, customer, loss, production).
     *
     * @return whether stock there is outside the company (supplier, customer, loss, production)
     */
    public boolean isVirtual() {
        return this != INTERNAL;
    }

    /**
     * The code of the tenant's virtual location of this type, for example {@code @supplier}.
     *
     * @return the code, or null for an internal type
     */
    public String virtualCode() {
        if (!isVirtual()) {
            throw new IllegalStateException("internal locations have no fixed code");
        }
        return "@" + slug;
    }
}
