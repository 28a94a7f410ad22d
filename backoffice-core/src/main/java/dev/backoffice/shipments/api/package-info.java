/**
 * Inbound ports of the shipments context: the use-case interfaces a host calls, reached from
 * {@code BackOffice}, with their command, query and result records.
 *
 * <p>{@link dev.backoffice.shipments.api.Shipping} takes goods out to customers along the lifecycle
 * of {@link dev.backoffice.shipments.domain.ShipmentLifecycle}: a shipment is drafted, confirmed (its
 * lines reserved at the origin through the stock context, all or nothing, or what is available with
 * the rest split off as a backorder), picked from the locations of its
 * {@link dev.backoffice.shipments.api.PickingList}, packed into packages, shipped (the reserved stock
 * issued to {@code @customer}), and then in transit, delivered, or failed and retried or returned;
 * until it ships it can be cancelled, which releases its reservations. Goods that come back from the
 * customer are received into stock again, sound or damaged.
 * {@link dev.backoffice.shipments.api.Carriers} quotes and books packed shipments with the carrier
 * (a tracking number and a label per package), records the carrier's tracking events and asks it for
 * return labels; the carrier is called outside any unit of work, and a failure of it
 * ({@code shipments.carrier.failed}) changes nothing. {@link dev.backoffice.shipments.api.Receiving}
 * expects goods from suppliers line by line at their unit cost and receives them in one or several
 * deliveries: what is accepted enters stock at that cost, what is rejected does not, and a receipt
 * ends received in full, closed short or cancelled.
 *
 * <p>Every method takes the {@link dev.backoffice.common.Actor} who acts; its tenant scopes the call,
 * and the access policy is asked for the permission the method names
 * ({@link dev.backoffice.shipments.api.ShipmentsPermissions}); steps that move stock need the stock
 * context's permissions too. Commands are validated with Bean Validation ({@code validation.failed});
 * every refusal is a {@link dev.backoffice.common.BackOfficeException} with a stable
 * {@code shipments.*} code (or the stock context's {@code stock.*} code), and a refused call changed
 * nothing. A step's stock moves and reservations change in the same unit of work as the shipment or
 * receipt. Results are immutable snapshots, never the domain aggregates.
 */
package dev.backoffice.shipments.api;
