package dev.backoffice.shipments.api;

/**
 * A tracking number and its printable label from the carrier, for example for sending a package back.
 *
 * @param trackingNumber the carrier's tracking number of the package
 * @param label          the label to print and stick on the package, as the carrier returns it
 */
public record CarrierLabel(String trackingNumber, String label) {
}
