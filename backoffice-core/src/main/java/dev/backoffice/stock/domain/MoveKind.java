package dev.backoffice.stock.domain;

/** What a stock move does, which fixes the kinds of location it may run between. */
public enum MoveKind {
    /** Into an internal location from a supplier (or from a customer: a return). */
    RECEIPT,
    /** Out of an internal location to a customer (or back to a supplier). */
    ISSUE,
    /** Between two internal locations, or between an internal location and transit. */
    TRANSFER,
    /** Between an internal location and inventory loss: stock lost, damaged, found or miscounted. */
    ADJUSTMENT;

    /**
     * Whether a move of this kind may run from a location of one type to a location of the other.
     *
     * @param from the type of the location stock leaves
     * @param to   the type of the location stock arrives in
     * @return true when the kind allows it
     */
    public boolean allows(LocationType from, LocationType to) {
        return switch (this) {
            case RECEIPT -> (from == LocationType.SUPPLIER || from == LocationType.CUSTOMER) && to == LocationType.INTERNAL;
            case ISSUE -> from == LocationType.INTERNAL && (to == LocationType.CUSTOMER || to == LocationType.SUPPLIER);
            case TRANSFER -> (from == LocationType.INTERNAL || from == LocationType.TRANSIT)
                    && (to == LocationType.INTERNAL || to == LocationType.TRANSIT)
                    && (from == LocationType.INTERNAL || to == LocationType.INTERNAL);
            case ADJUSTMENT -> from == LocationType.INTERNAL && to == LocationType.INVENTORY_LOSS
                    || from == LocationType.INVENTORY_LOSS && to == LocationType.INTERNAL;
        };
    }
}
