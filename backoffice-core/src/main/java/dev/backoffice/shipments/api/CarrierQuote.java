package dev.backoffice.shipments.api;

import dev.backoffice.common.Money;

/**
 * One offer of the carrier for a shipment's packages: a service, its price and how many days it takes.
 *
 * @param service     the carrier's name of the service, as named in {@link BookCarrier#service()}
 * @param price       what the carrier charges for it, for all the packages
 * @param transitDays how many days the packages take to arrive
 */
public record CarrierQuote(String service, Money price, int transitDays) {
}
