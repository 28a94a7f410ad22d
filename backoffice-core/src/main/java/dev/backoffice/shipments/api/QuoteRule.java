package dev.backoffice.shipments.api;

/** How a booking chooses among the carrier's quotes. */
public enum QuoteRule {
    /** The lowest price; then the fewest days; then the service name. */
    CHEAPEST,
    /** The fewest days; then the lowest price; then the service name. */
    FASTEST
}
