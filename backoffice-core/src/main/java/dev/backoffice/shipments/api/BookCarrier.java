package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Books a packed shipment with the carrier: the carrier's quotes for its packages are asked for and
 * one is chosen, by the service named or else by the rule.
 *
 * @param shipment       the packed shipment to book
 * @param rule           how the quote is chosen when no service is named
 * @param service        a service of the carrier's quotes, or null to choose by the rule
 * @param idempotencyKey optional: the same key again returns the shipment and books nothing more
 *                       (it is passed on to the carrier too)
 */
public record BookCarrier(@NotNull ShipmentId shipment, @NotNull QuoteRule rule, @Size(max = 64) String service,
                          @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Books the shipment with the cheapest quote ({@link QuoteRule#CHEAPEST}).
     *
     * @param shipment the packed shipment to book
     * @return the command
     */
    public static BookCarrier cheapest(ShipmentId shipment) {
        return new BookCarrier(shipment, QuoteRule.CHEAPEST, null, null);
    }

    /**
     * Books the shipment with the fastest quote ({@link QuoteRule#FASTEST}).
     *
     * @param shipment the packed shipment to book
     * @return the command
     */
    public static BookCarrier fastest(ShipmentId shipment) {
        return new BookCarrier(shipment, QuoteRule.FASTEST, null, null);
    }

    /**
     * Sets the idempotency key, so that a retried call books only once, here and at the carrier.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public BookCarrier withIdempotencyKey(String key) {
        return new BookCarrier(shipment, rule, service, key);
    }
}
