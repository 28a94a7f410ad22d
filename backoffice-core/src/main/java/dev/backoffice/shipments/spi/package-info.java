/**
 * Outbound ports of the shipments context: one repository per aggregate
 * ({@link dev.backoffice.shipments.spi.Shipments} for the goods going out,
 * {@link dev.backoffice.shipments.spi.InboundReceipts} for the goods expected from suppliers), and
 * the {@link dev.backoffice.shipments.spi.CarrierGateway} to the carrier that quotes, books and
 * tracks packages.
 *
 * <p>A host that brings its own storage implements
 * {@link dev.backoffice.shipments.spi.ShipmentsAdapters} next to the stock context's adapters, and
 * runs the contract tests of the core's test kit against it; a host that ships with a real carrier
 * implements the gateway and hands it to {@code BackOffice.Builder}. Every repository method is
 * scoped to one tenant; an update of an aggregate with a stale version fails with
 * {@link dev.backoffice.common.ConcurrentUpdateException}, which the unit of work retries a bounded
 * number of times. The carrier is called outside any unit of work.
 */
package dev.backoffice.shipments.spi;
