package dev.backoffice.shipments.domain;

import dev.backoffice.common.Money;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A shipment's booking with the carrier: its reference, the service and price, and per package (in
 * package order) the tracking number and the label.
 */
public record CarrierBooking(String reference, String service, Money price, List<String> trackingNumbers,
                             List<String> labels) implements Serializable {

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
