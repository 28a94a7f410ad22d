package dev.backoffice.shipments.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A shipment's booking with the carrier: its reference, the service and price, and per package (in
 * package order) the tracking number and the label.
 *
 * @param reference       the carrier's reference of the booking, used to cancel it
 * @param service         the carrier's service booked
 * @param price           what the carrier charges for it
 * @param trackingNumbers one tracking number per package, in package order
 * @param labels          one printable label per package, in package order
 * @serial exclude
 */
public record CarrierBooking(String reference, String service, Money price, List<String> trackingNumbers,
                             List<String> labels) implements Serializable {

    /**
     * Refuses missing parts and copies the lists; there is one tracking number and one label per
     * package, at least one.
     *
     * @param reference       the carrier's reference of the booking
     * @param service         the carrier's service booked
     * @param price           what the carrier charges for it
     * @param trackingNumbers one tracking number per package, in package order
     * @param labels          one printable label per package, in package order
     */
    public CarrierBooking {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(price, "price");
        trackingNumbers = List.copyOf(trackingNumbers);
        labels = List.copyOf(labels);
        if (trackingNumbers.size() != labels.size() || trackingNumbers.isEmpty()) {
            throw new IllegalArgumentException("one tracking number and one label per package");
        }
    }
}
