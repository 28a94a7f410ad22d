package dev.backoffice.shipments.api;

import dev.backoffice.common.Money;

/** One offer of the carrier for a shipment's packages: a service, its price and how many days it takes. */
public record CarrierQuote(String service, Money price, int transitDays) {
}
