package dev.backoffice.stock.api;

/** The permission names the stock context asks the {@link dev.backoffice.common.spi.AccessPolicy} for. */
public final class StockPermissions {

    /** Create items and change their names and policies. */
    public static final String MANAGE_ITEMS = "stock.item.manage";
    /** Open warehouses and add locations to them. */
    public static final String MANAGE_LOCATIONS = "stock.location.manage";
    /** Save draft moves. */
    public static final String DRAFT_MOVE = "stock.move.draft";
    /** Do moves: record and complete them in one step, or complete drafts. */
    public static final String COMPLETE_MOVE = "stock.move.complete";
    /** Cancel draft moves. */
    public static final String CANCEL_MOVE = "stock.move.cancel";
    /** Reverse done moves. */
    public static final String REVERSE_MOVE = "stock.move.reverse";
    /** Reserve stock for demands. */
    public static final String RESERVE = "stock.reserve";
    /** Release reservations and the reservations and backorders of a whole demand. */
    public static final String RELEASE = "stock.reservation.release";
    /** Open physical counts, record counted quantities, cancel counts. */
    public static final String COUNT = "stock.count.manage";
    /** Post physical counts: their variances become adjustments. */
    public static final String POST_COUNT = "stock.count.post";
    /** Read items, locations, moves, quantities, reservations and lot traces. */
    public static final String READ = "stock.read";
    /** Turn valuation on for the tenant, set its currency and the accounts its stock value posts to. */
    public static final String CONFIGURE_VALUATION = "stock.valuation.configure";
    /** Set standard costs and add landed costs. */
    public static final String MANAGE_VALUATION = "stock.valuation.manage";
    /** Set and remove reorder rules (min/max replenishment). */
    public static final String MANAGE_REPLENISHMENT = "stock.replenishment.manage";

    private StockPermissions() {
    }
}
