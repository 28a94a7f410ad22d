package dev.backoffice.shipments.api;

/** A tracking number and its printable label, for example for sending a package back. */
public record CarrierLabel(String trackingNumber, String label) {
}
