package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Books a packed shipment with the carrier.
 *
 * @param rule           how the quote is chosen when no service is named
 * @param service        a service of the carrier's quotes, or null to choose by the rule
 * @param idempotencyKey optional: the same key again returns the shipment and books nothing more
 *                       (it is passed on to the carrier too)
 */
public record BookCarrier(@NotNull ShipmentId shipment, @NotNull QuoteRule rule, @Size(max = 64) String service,
                          @Size(min = 1, max = 128) String idempotencyKey) {

    public static BookCarrier cheapest(ShipmentId shipment) {
        return new BookCarrier(shipment, QuoteRule.CHEAPEST, null, null);
    }

    public static BookCarrier fastest(ShipmentId shipment) {
        return new BookCarrier(shipment, QuoteRule.FASTEST, null, null);
    }

    public BookCarrier withIdempotencyKey(String key) {
        return new BookCarrier(shipment, rule, service, key);
    }
}
