package dev.backoffice.shipments.api;

/**
 * The permission names the shipments context asks the {@link dev.backoffice.common.spi.AccessPolicy}
 * for. Steps that reserve, issue or release stock go through the stock context's api, which asks for
 * its own permissions too ({@code stock.reserve}, {@code stock.move.complete},
 * {@code stock.reservation.release}).
 */
public final class ShipmentsPermissions {

    /** Draft shipments. */
    public static final String DRAFT = "shipments.draft";
    /** Confirm drafts (reserving their stock). */
    public static final String CONFIRM = "shipments.confirm";
    /** Pick and pack, and undo either. */
    public static final String FULFIL = "shipments.fulfil";
    /** Ship packed shipments (issuing their stock). */
    public static final String SHIP = "shipments.ship";
    /** Ask the carrier for quotes, book packed shipments with it, cancel bookings, get return labels. */
    public static final String BOOK = "shipments.carrier.book";
    /** Record what happens on the way: in transit, delivered, delivery failed, retried, returned. */
    public static final String TRACK = "shipments.track";
    /** Receive goods that came back from customers into stock. */
    public static final String RECEIVE_RETURN = "shipments.return.receive";
    /** Authorize customers to send goods back (return shipments), and withdraw such authorizations. */
    public static final String AUTHORIZE_RETURN = "shipments.return.authorize";
    /** Cancel shipments that have not left. */
    public static final String CANCEL = "shipments.cancel";
    /** Expect goods from suppliers (inbound receipts). */
    public static final String EXPECT_RECEIPT = "shipments.receipt.expect";
    /** Receive suppliers' deliveries against inbound receipts (accepted goods enter stock). */
    public static final String RECEIVE = "shipments.receipt.receive";
    /** Close inbound receipts short, or cancel them. */
    public static final String CLOSE_RECEIPT = "shipments.receipt.close";
    /** Read shipments and inbound receipts, with their history. */
    public static final String READ = "shipments.read";

    private ShipmentsPermissions() {
    }
}
