/**
 * The domain model of the shipments context: outbound {@link dev.backoffice.shipments.domain.Shipment}s
 * with their lines, destination {@link dev.backoffice.shipments.domain.Address}, packages, carrier
 * booking, tracking events, proof of delivery and goods returned; and inbound
 * {@link dev.backoffice.shipments.domain.InboundReceipt}s of goods expected from suppliers, with their
 * lines and what each delivery brought.
 *
 * <p>A shipment's state changes only along the table of
 * {@link dev.backoffice.shipments.domain.ShipmentLifecycle}; a receipt's along its own steps
 * (received, closed short, cancelled). Both keep a history of their steps with the actor and the time.
 * Aggregates refer to stock items and locations by id only: what a step does to stock (reserve, issue,
 * release, receive) is the application's business, through the stock context's api. Aggregates check
 * their own invariants and refuse with a {@link dev.backoffice.shipments.domain.ShipmentsError} code;
 * adapters rebuild stored state through their {@code restore(..)} factories. Aggregates record
 * past-tense events ({@code ShipmentConfirmed}, {@code ShipmentDispatched},
 * {@code InboundGoodsReceived}, ...) that the application publishes after its unit of work commits.
 */
package dev.backoffice.shipments.domain;
